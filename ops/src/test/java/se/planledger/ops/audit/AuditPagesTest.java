package se.planledger.ops.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.ops.support.FormSession;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit page: an auditor starts an audit replay and follows it to its result on the job's page; only an
 * administrator is offered (and may start) a rebuild, and an administrator alone starts no audit; readers do not
 * see the page; a bad time point starts nothing. The verification page shows the head seal to write down, checks one
 * written down, and names a broken event.
 */
class AuditPagesTest extends PostgresIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theVerificationPageShowsTheVerifiedHeadAndChecksOneWrittenDown() {
        FormSession auditor = session("auditor");
        assertThat(auditor.page("/audit")).contains("href=\"/audit/verification\"");

        String page = auditor.page("/audit/verification");
        String head = jdbc.queryForObject("select global_index || ':' || seal from event_seal "
                + "order by global_index desc limit 1", String.class);
        assertThat(page).contains("<span class=\"light light-met\">Verifierad</span>")
                .contains("<code class=\"head-seal\">" + head + "</code>")
                .contains("Varje lagrad ögonblicksbild stämmer").doesNotContain("Bruten");

        assertThat(auditor.page("/audit/verification?since=" + head))
                .contains("och kedjan bygger vidare på huvudsigillet som skrevs ner");
        String rewritten = head.substring(0, head.indexOf(':') + 1) + "f".repeat(64);
        assertThat(auditor.page("/audit/verification?since=" + rewritten))
                .contains("<span class=\"break-index\">" + head.substring(0, head.indexOf(':')) + "</span>")
                .contains("kedjan bygger inte vidare på huvudsigillet som skrevs ner");
        assertThat(auditor.page("/audit/verification?since=nonsense")).contains("Inget verifierades.")
                .contains("aria-invalid=\"true\"");
        assertThat(session("reader").get("/audit/verification").statusCode()).isEqualTo(403);
    }

    @Test
    void theVerificationPageNamesATamperedEvent() {
        FormSession auditor = session("auditor");
        auditor.page("/audit/verification"); // every event sealed as written before the change
        Map<String, Object> event = jdbc.queryForMap("select globalindex, eventidentifier, aggregateidentifier, timestamp "
                + "from domainevententry where globalindex = (select max(global_index) from event_seal)");
        String timestamp = (String) event.get("timestamp");
        jdbc.update("update domainevententry set timestamp = ? where globalindex = ?",
                Instant.parse(timestamp).minusSeconds(1).toString(), event.get("globalindex"));
        try {
            String page = auditor.page("/audit/verification");

            assertThat(page).contains("<span class=\"break-index\">" + event.get("globalindex") + "</span>")
                    .contains("<td>" + event.get("eventidentifier") + "</td>")
                    .contains("<td>" + event.get("aggregateidentifier") + "</td>")
                    .contains("sigillet stämmer inte").doesNotContain("light-met");
        } finally {
            jdbc.update("update domainevententry set timestamp = ? where globalindex = ?", timestamp,
                    event.get("globalindex"));
        }
    }

    @Test
    void anAuditorStartsAnAuditAndItsPageShowsItToItsCleanResult() {
        FormSession auditor = session("auditor");
        String page = auditor.page("/audit");
        assertThat(page).contains("Starta granskningen").doesNotContain("Bygg om</button>")
                .contains("<option value=\"rs-plan-2023-2025\">");

        String job = FormSession.location(auditor.post("/audit/audits", Map.of("upTo", "", "planId", "")));
        assertThat(job).startsWith("/audit/jobs/");

        String done = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> auditor.page(job), html -> !html.contains("data-running=\"true\""));
        assertThat(done).contains("Granskning</span>: <span class=\"job-state\">Klar</span>")
                .contains("<span class=\"light light-met\">Inga skillnader</span>").contains("plan-tree")
                .doesNotContain("<progress");
        assertThat(auditor.page("/audit")).contains("href=\"" + job + "\"");
    }

    @Test
    void aRunningJobShowsItsProgressBarAndReadsItselfAgain() {
        FormSession admin = session("admin");
        assertThat(admin.page("/audit")).contains("Bygg om</button>");
        String job = FormSession.location(admin.post("/audit/audits", Map.of("upTo", "", "planId", "")));

        String running = admin.page(job);
        if (running.contains("data-running=\"true\"")) { // the demo's audit may end before its page is read
            assertThat(running).contains("<progress id=\"progress\"").contains("Sidan läses in på nytt varje sekund");
        }
        assertThat(running).contains("<script src=\"/js/job.js\" defer></script>");
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> admin.page(job), html -> html.contains("Inga skillnader"));
    }

    @Test
    void aBadTimePointStartsNothingAndSaysWhy() {
        FormSession auditor = session("auditor");
        auditor.page("/audit");
        String back = FormSession.location(auditor.post("/audit/audits", Map.of("upTo", "igår", "planId", "")));
        assertThat(back).isEqualTo("/audit");
        assertThat(auditor.page(back)).contains("Inget startades.").contains("igår");
    }

    @Test
    void anAdministratorAloneIsOfferedARebuildButMayNotStartAnAudit() {
        FormSession operator = session("operator");
        assertThat(operator.page("/audit")).contains("Bygg om</button>").doesNotContain("Starta granskningen")
                .contains("Granskningar startas av revisorer (AUDITOR).");
        assertThat(operator.page("/")).contains("href=\"/audit\"");

        assertThat(operator.post("/audit/audits", Map.of("upTo", "", "planId", "")).statusCode()).isEqualTo(403);
        // A HEAD is a read like GET: the administrator may make it, as on the API's ops reads.
        assertThat(as("operator").exchange("/audit", HttpMethod.HEAD, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void onlyAnAdministratorMayRebuildAndReadersDoNotSeeThePage() {
        FormSession auditor = session("auditor");
        auditor.page("/audit");
        assertThat(auditor.post("/audit/rebuilds", Map.of("group", "plan-tree")).statusCode()).isEqualTo(403);
        assertThat(session("reader").get("/audit").statusCode()).isEqualTo(403);
        assertThat(session("planner").get("/audit/jobs/any").statusCode()).isEqualTo(403);
    }
}
