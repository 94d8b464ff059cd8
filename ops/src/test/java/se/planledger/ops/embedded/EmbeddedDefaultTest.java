package se.planledger.ops.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import se.planledger.ops.app.LedgerApplication;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default, as a fresh clone runs it: H2 (here in memory rather than under ./data), every migration,
 * the demo data loaded on first start and served. A smoke test only: storage features are proven on PostgreSQL.
 */
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:embedded-default;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class EmbeddedDefaultTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void aFreshLedgerOnH2ServesTheDemoData() {
        JsonNode plan = await().atMost(Duration.ofSeconds(60)).until(() -> http.getForObject(
                "/api/v1/plans/rs-plan-2023-2025?asOf=2023-03-01", JsonNode.class), body -> body.has("perspectives"));
        assertThat(plan.path("perspectives")).hasSize(5);

        JsonNode reconciliation = await().atMost(Duration.ofSeconds(60)).until(() -> http.getForObject(
                "/api/v1/reconciliation?asOf=2023-03-01", JsonNode.class), body -> body.size() == 2);
        assertThat(reconciliation).extracting(t -> t.path("residuals").size()).containsExactlyInAnyOrder(1, 6);
    }
}
