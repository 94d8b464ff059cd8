package se.planledger.ops.corpus;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.planledger.ops.app.LedgerApplication;
import se.planledger.ops.support.RequiresPostgres;
import se.planledger.ops.support.TestPostgres;

/**
 * The whole ledger with the demo data on a database of the corpora's own: hundreds of edge cases written there
 * never reach the answers other tests check (a heatmap of board RS, an audit over everything).
 */
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CorpusIntegrationTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshDatabase(registry, "corpus");
    }
}
