package se.planledger.ops.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.ops.app.LedgerApplication;
import se.planledger.ops.audit.ProjectionCatchUp;
import se.planledger.ops.jobs.Progress;
import se.planledger.ops.rebuild.ProjectionRebuild;
import se.planledger.ops.support.FailingRiskHandler;
import se.planledger.query.risk.RiskProjection;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static se.planledger.ops.support.Pages.awaitPage;

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

    @Autowired
    ProjectionCatchUp catchUp;

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    FailingRiskHandler failing;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFreshLedgerOnH2ServesTheDemoData() {
        JsonNode plan = await().atMost(Duration.ofSeconds(60)).until(() -> reader().getForObject(
                "/api/v1/plans/rs-plan-2023-2025?asOf=2023-03-01", JsonNode.class), body -> body.has("perspectives"));
        assertThat(plan.path("perspectives")).hasSize(5);

        JsonNode reconciliation = await().atMost(Duration.ofSeconds(60)).until(() -> reader().getForObject(
                "/api/v1/reconciliation?asOf=2023-03-01", JsonNode.class), body -> body.size() == 2);
        assertThat(reconciliation).extracting(t -> t.path("residuals").size()).containsExactlyInAnyOrder(1, 6);
    }

    /** The pages' own questions (the registers with their scales, the reports with outcomes) run on H2 as well. */
    @Test
    void theWorkspaceRendersOnH2() {
        String start = awaitPage(reader(), "/?asOf=2023-03-01", "region-plan-2019/interim-report");
        assertThat(start).contains("href=\"/risks/matrix?board=RS&amp;asOf=2023-03-01\"");
        assertThat(awaitPage(reader(), "/risks/matrix?board=RS&asOf=2023-03-01", "Riskmatris"))
                .contains("<td class=\"band-1\" title=\"Kräver åtgärder för att minimera risken\">");
    }

    /** The rebuild's copy and restore are plain SQL that H2 in PostgreSQL mode runs as well. */
    @Test
    void aFailedRebuildIsUndoneOnH2Too() {
        catchUp.awaitHead(Progress.NONE);
        long rowsBefore = jdbc.queryForObject("select count(*) from risk_version", Long.class);
        String last = jdbc.queryForObject("select eventidentifier from domainevententry "
                + "where payloadtype like '%.RiskAssessed' order by globalindex desc limit 1", String.class);
        failing.failOn(event -> event.getIdentifier().equals(last));
        try {
            assertThatThrownBy(() -> rebuild.rebuild(rebuild.processorsOf(RiskProjection.GROUP), Progress.NONE))
                    .hasMessageContaining("rebuilding [risk-register] failed");
        } finally {
            failing.stopFailing();
        }

        assertThat(jdbc.queryForObject("select count(*) from risk_version", Long.class)).isEqualTo(rowsBefore);
        assertThat(rebuild.processorsOf(RiskProjection.GROUP).get(0).isRunning()).isTrue();
    }

    /** Every read needs a signed-in user. */
    private TestRestTemplate reader() {
        return http.withBasicAuth("reader", "reader");
    }
}
