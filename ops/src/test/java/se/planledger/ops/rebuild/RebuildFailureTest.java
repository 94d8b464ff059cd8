package se.planledger.ops.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.ops.audit.ProjectionCatchUp;
import se.planledger.ops.audit.TokenPositions;
import se.planledger.ops.jobs.Progress;
import se.planledger.ops.support.FailingRiskHandler;
import se.planledger.ops.support.PostgresIntegrationTest;
import se.planledger.query.risk.RiskProjection;
import se.planledger.query.risk.RiskReadModel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A rebuild whose replay fails midway puts the group's rows and tokens back and runs the processor again. */
class RebuildFailureTest extends PostgresIntegrationTest {

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    ProjectionCatchUp catchUp;

    @Autowired
    TokenPositions tokens;

    @Autowired
    FailingRiskHandler failing;

    @Autowired
    RiskReadModel risks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void aReplayThatFailsMidwayLeavesTheGroupAsItWasAndRunning() {
        catchUp.awaitHead(Progress.NONE);
        Instant knownAt = Instant.now();
        JsonNode answersBefore = json.valueToTree(risks.everythingKnownAt(knownAt));
        long rowsBefore = jdbc.queryForObject("select count(*) from risk_version", Long.class);
        List<String> assessments = jdbc.queryForList("select eventidentifier from domainevententry "
                + "where payloadtype like '%.RiskAssessed' order by globalindex", String.class);
        String midway = assessments.get(assessments.size() / 2);
        failing.failOn(event -> event.getIdentifier().equals(midway));
        Throwable failure;
        try {
            failure = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> catchThrowable(() -> rebuild.rebuild(rebuild.processorsOf(RiskProjection.GROUP), Progress.NONE)));
        } finally {
            failing.stopFailing();
        }

        assertThat(failure).hasMessageContaining("rebuilding [risk-register] failed")
                .hasMessageContaining("processing group risk-register is stopped on an error")
                .hasMessageContaining("the test handler cannot handle event");
        assertThat(failing.riskRowsAtFailure()).as("the reset emptied the table before the replay failed")
                .isLessThan(rowsBefore);
        assertThat(jdbc.queryForObject("select count(*) from risk_version", Long.class)).isEqualTo(rowsBefore);
        assertThat((JsonNode) json.valueToTree(risks.everythingKnownAt(knownAt))).isEqualTo(answersBefore);
        assertThat(tokens.behind(RiskProjection.GROUP, catchUp.headPosition())).as("tokens back at the head").isZero();
        assertThat(jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_name like '%before_rebuild'", String.class)).as("copies dropped").isEmpty();
        StreamingEventProcessor processor = rebuild.processorsOf(RiskProjection.GROUP).get(0);
        assertThat(processor.isRunning()).isTrue();
        catchUp.awaitHead(Progress.NONE);
    }
}
