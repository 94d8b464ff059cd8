package se.planledger.ops.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.domain.risk.RiskAssessed;
import se.planledger.ops.jobs.Progress;
import se.planledger.ops.support.FailingRiskHandler;
import se.planledger.ops.support.PostgresIntegrationTest;
import se.planledger.query.decision.DecisionProjection;
import se.planledger.query.risk.RiskProjection;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Waiting for the projections judges by the token table and gives up at once on a group stopped on an error. */
class ProjectionCatchUpTest extends PostgresIntegrationTest {

    @Autowired
    ProjectionCatchUp catchUp;

    @Autowired
    FailingRiskHandler failing;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGroupWhoseSegmentsAnotherNodeOwnsCountsByItsTokens() {
        catchUp.awaitHead(Progress.NONE);
        StreamingEventProcessor decisions = processor(DecisionProjection.GROUP);
        decisions.shutDown();
        jdbc.update("update tokenentry set owner = 'another-node' where processorname = ?", DecisionProjection.GROUP);
        try {
            assertThat(decisions.processingStatus()).as("this node owns no segment").isEmpty();

            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> catchUp.awaitHead(Progress.NONE));
        } finally {
            jdbc.update("update tokenentry set owner = null where processorname = ?", DecisionProjection.GROUP);
            decisions.start();
        }
    }

    @Test
    void aGroupStoppedOnAnErrorFailsTheWaitAtOnceNamingIt() {
        String register = "cu-" + UUID.randomUUID().toString().substring(0, 8);
        failing.failOn(event -> event.getPayload() instanceof RiskAssessed assessed
                && assessed.registerId().equals(register));
        try {
            post("/api/v1/risk-registers/" + register + "/scales", Map.of("board", register, "effectiveFrom", "2022-06-01",
                    "scale", Map.of("version", 1, "maxConsequence", 4, "maxProbability", 4, "bands", List.of(
                            Map.of("name", "Låg", "from", 1, "to", 8, "needsMeasures", false),
                            Map.of("name", "Hög", "from", 9, "to", 16, "needsMeasures", true)))));
            post("/api/v1/risk-registers/" + register + "/risks", Map.of("riskId", "R1", "planPeriod", "2023–2025",
                    "subject", Map.of("kind", "SUCCESS_FACTOR", "name", "Kompetens", "perspective", "Medarbetare"),
                    "description", Map.of("whatCanHappen", "Rekryteringen misslyckas"), "consequence", 3,
                    "probability", 2, "assessedOn", "2022-09-01", "assessor", "Regionstyrelsen"));

            assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> catchUp.awaitHead(Progress.NONE)))
                    .hasMessageContaining("processing group " + RiskProjection.GROUP + " is stopped on an error")
                    .hasMessageContaining("the test handler cannot handle event");
        } finally {
            failing.stopFailing();
        }
        // The processor retries after a pause and carries on once the event can be handled.
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> catchUp.awaitHead(Progress.NONE));
    }

    private void post(String path, Object body) {
        ResponseEntity<JsonNode> response = as("controller").postForEntity(path, body, JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("POST %s: %s", path, response.getBody()).isTrue();
    }

    private StreamingEventProcessor processor(String group) {
        return catchUp.streamingProcessors().stream().filter(p -> p.getName().equals(group)).findFirst().orElseThrow();
    }
}
