package se.planledger.ops.health;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.planledger.domain.decision.Body;
import se.planledger.domain.plan.PlanDrafted;
import se.planledger.ops.app.LedgerApplication;
import se.planledger.ops.support.RequiresPostgres;
import se.planledger.ops.support.TestPostgres;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection that cannot handle an event stops at it, says so, and goes on by itself once the cause is fixed;
 * nothing after it is skipped. The bad event is appended straight to the event store, as one stored before the
 * commands' limits existed would be. Its own database, so the stop cannot reach other tests.
 */
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectionStopTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshDatabase(registry, "stop");
        registry.add("ledger.demo-data.enabled", () -> "false");
    }

    @Test
    void aProjectionStopsAtAnEventItCannotStoreAndResumesOnceFixed() {
        eventStore.publish(new GenericDomainEventMessage<>("Plan", "too-long", 0,
                new PlanDrafted("too-long", "T".repeat(600), Body.RS, 2023, 2025), MetaData.with("issuedBy", "legacy")));
        ResponseEntity<String> written = http.withBasicAuth("planner", "planner").postForEntity("/api/v1/plans",
                Map.of("planId", "after-it", "title", "Plan efter", "board", "RS", "firstYear", 2023, "lastYear", 2025),
                String.class);
        assertThat(written.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        // Until the projections run, health is DOWN for that reason already: wait for the stop itself.
        await().atMost(Duration.ofSeconds(30)).until(() -> health().getStatusCode() == HttpStatus.SERVICE_UNAVAILABLE
                && stoppedGroups().has("plan-tree"));
        JsonNode stopped = stoppedGroups();
        assertThat(stopped.path("plan-tree").path("eventType").asText()).isEqualTo("PlanDrafted");
        assertThat(stopped.path("plan-tree").path("error").asText()).isNotBlank();
        ResponseEntity<String> behind = reader().getForEntity("/api/v1/plans/after-it?version=1", String.class);
        assertThat(behind.getHeaders().getFirst("Ledger-Behind")).startsWith("plan-tree; stopped at event");
        assertThat(behind.getStatusCode()).as("not skipped past: the later plan waits too").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(reader().getForObject("/?asOf=2023-03-01", String.class)).as("the page says so too")
                .contains("Svaret kan vara ofullständigt").contains("(<span>plan-tree; stopped at event");
        JsonNode processors = http.withBasicAuth("auditor", "auditor").getForObject("/api/v1/ops/processors", JsonNode.class);
        assertThat(processors).anySatisfy(p -> {
            assertThat(p.path("processingGroup").asText()).isEqualTo("plan-tree");
            assertThat(p.path("stoppedAt").path("globalIndex").asLong()).isEqualTo(1);
        });

        // The operator's way out: fix the cause (here a wider column); the processor retries by itself.
        jdbc.execute("alter table plan_tree_plan alter column title type varchar(1000)");

        await().atMost(Duration.ofSeconds(90)).until(() -> health().getStatusCode() == HttpStatus.OK);
        ResponseEntity<String> after = reader().getForEntity("/api/v1/plans/after-it?version=1", String.class);
        assertThat(after.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(after.getHeaders().containsKey("Ledger-Behind")).isFalse();
        assertThat(reader().getForObject("/?asOf=2023-03-01", String.class)).doesNotContain("Svaret kan vara ofullständigt");
        assertThat(reader().getForEntity("/api/v1/plans/too-long?version=1", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private JsonNode stoppedGroups() {
        return health().getBody().path("components").path("projections").path("details").path("stopped");
    }

    private ResponseEntity<JsonNode> health() {
        return http.withBasicAuth("planner", "planner").getForEntity("/actuator/health", JsonNode.class);
    }

    /** Every read needs a signed-in user. */
    private TestRestTemplate reader() {
        return http.withBasicAuth("reader", "reader");
    }
}
