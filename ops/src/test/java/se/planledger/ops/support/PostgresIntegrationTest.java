package se.planledger.ops.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.planledger.ops.app.LedgerApplication;

/**
 * The whole ledger (REST, Axon, projections) on the tests' own PostgreSQL database, with the demo data loaded
 * once. Every subclass shares one application context; tests create plans with their own ids.
 */
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PostgresIntegrationTest {

    @Autowired
    private TestRestTemplate anonymous;

    /** A client that reads as the demo user "reader"; {@link #as} and {@link #writer} sign in as others. */
    protected TestRestTemplate http;

    @BeforeEach
    void signInAsReader() {
        http = as("reader");
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestPostgres::url);
        registry.add("spring.datasource.username", () -> TestPostgres.USER);
        registry.add("spring.datasource.password", () -> TestPostgres.PASSWORD);
    }

    /** A client that writes plans and their follow-up as the demo user "planner". */
    protected TestRestTemplate writer() {
        return as("planner");
    }

    /** A browser's session of a demo user with the workspace's pages and forms. */
    protected FormSession session(String user) {
        return new FormSession(anonymous.getRootUri(), user);
    }

    /** A client signed in as a demo user ({@link DemoUsers}); {@code as(null)} is not signed in. */
    protected TestRestTemplate as(String user) {
        return user == null ? anonymous : anonymous.withBasicAuth(user, user);
    }
}
