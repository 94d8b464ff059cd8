package se.planledger.ops.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.ops.jobs.Progress;
import se.planledger.ops.rebuild.ProjectionRebuild;
import se.planledger.ops.rebuild.RebuildReport;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The audit replay and the rebuild over the demo data (and whatever else the test run has written). */
class AuditReplayTest extends PostgresIntegrationTest {

    @Autowired
    AuditReplay audit;

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theProjectionsAgreeWithTheRawEvents() {
        AuditReport report = audit.run(Instant.now(), null, Progress.NONE);

        assertThat(report.eventsReplayed()).isGreaterThan(0);
        assertThat(report.readModels()).extracting(AuditReport.ReadModelAudit::processingGroup).contains("plan-tree");
        assertThat(report.differences()).as("%s", report.readModels()).isZero();
        assertThat(report.chainChecked()).as("the store keeps a chain: the audit checks it").isTrue();
        assertThat(report.chain().verified()).as(report.chain().verdict()).isTrue();
        assertThat(report.answersCompared()).isPositive();
        assertThat(report.clean()).isTrue();
        assertThat(report.verdict()).startsWith("CLEAN: ").contains("event chain verified, head "
                + report.chain().head().globalIndex() + ":" + report.chain().head().seal());
    }

    @Test
    void anAuditOverAChainThatDoesNotVerifyIsNotClean() {
        long index = jdbc.queryForObject("select min(globalindex) from domainevententry", Long.class);
        audit.run(Instant.now(), null, Progress.NONE); // every event sealed as written before the change
        // The aggregate's type: no projection reads it, so the answers alone would still agree.
        jdbc.update("update domainevententry set type = type || 'Forged' where globalindex = ?", index);
        try {
            AuditReport report = audit.run(Instant.now(), null, Progress.NONE);

            assertThat(report.differences()).as("the projections agree with the changed events").isZero();
            assertThat(report.clean()).isFalse();
            assertThat(report.verdict()).startsWith("CHAIN_BROKEN: the event chain does not verify, BROKEN at event " + index);
        } finally {
            jdbc.update("update domainevententry set type = replace(type, 'Forged', '') where globalindex = ?", index);
        }
    }

    @Test
    void anAuditOfAPlanTheLedgerDoesNotKnowComparesNothingAndIsNotClean() {
        AuditReport report = audit.run(Instant.now(), "no-such-plan", Progress.NONE);

        assertThat(report.eventsReplayed()).isPositive();
        assertThat(report.answersCompared()).isZero();
        assertThat(report.clean()).isFalse();
        assertThat(report.verdict()).startsWith("NOTHING_COMPARED: no answer about plan no-such-plan was known at");
    }

    @Test
    void anAuditOfAnUnknownPlanOrOfAPlanBeforeItExistedIsRefusedBeforeAnyJob() {
        String planId = "audit-later-" + UUID.randomUUID().toString().substring(0, 8);
        Instant before = Instant.now();
        ResponseEntity<JsonNode> written = writer().postForEntity("/api/v1/plans", Map.of("planId", planId,
                "title", "Plan " + planId, "board", "RS", "firstYear", 2023, "lastYear", 2025), JsonNode.class);
        assertThat(written.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.getForObject("/api/v1/plans", String.class)
                .contains("\"planId\":\"" + planId + "\""));

        for (String query : List.of("planId=no-such-plan", "planId=" + planId + "&knownAt=" + before)) {
            ResponseEntity<JsonNode> refused = as("auditor").postForEntity("/api/v1/ops/audits?" + query, null,
                    JsonNode.class);

            assertThat(refused.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getHeaders().getLocation()).as("no job to poll").isNull();
            assertThat(refused.getBody().path("field").asText()).isEqualTo("planId");
            assertThat(refused.getBody().path("detail").asText()).contains("would compare nothing");
        }
        ResponseEntity<JsonNode> started = as("auditor").postForEntity("/api/v1/ops/audits?planId=" + planId, null,
                JsonNode.class);
        assertThat(started.getStatusCode()).as("known now: %s", started.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode done = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(
                () -> as("auditor").getForEntity(started.getHeaders().getLocation(), JsonNode.class).getBody(),
                job -> !job.path("state").asText().equals("RUNNING"));
        assertThat(done.path("result").path("clean").asBoolean()).as("%s", done).isTrue();
    }

    @Test
    void anAuditThatReplaysNothingSaysSoAndIsNotClean() {
        AuditReport report = audit.run(Instant.parse("2000-01-01T00:00:00Z"), null, Progress.NONE);

        assertThat(report.eventsReplayed()).isZero();
        assertThat(report.clean()).isFalse();
        assertThat(report.verdict()).startsWith("NOTHING_REPLAYED");
    }

    @Test
    void aProjectionTableAlteredBehindTheLedgersBackIsReported() {
        audit.run(Instant.now(), null, Progress.NONE);
        Map<String, Object> row = jdbc.queryForMap("select plan_id, item_id, revision, name from plan_tree_item_version "
                + "where item_id = 'G1' and plan_id = 'rs-plan-2023-2025' order by revision limit 1");
        jdbc.update("update plan_tree_item_version set name = 'Ändrad i smyg' where plan_id = ? and item_id = ? and revision = ?",
                row.get("plan_id"), row.get("item_id"), row.get("revision"));
        jdbc.update("update plan_tree_item_version set content = replace(content, ?, 'Ändrad i smyg') "
                + "where plan_id = ? and item_id = ? and revision = ?",
                row.get("name"), row.get("plan_id"), row.get("item_id"), row.get("revision"));
        try {
            AuditReport report = audit.run(Instant.now(), "rs-plan-2023-2025", Progress.NONE);

            assertThat(report.differences()).isPositive();
            AuditReport.ReadModelAudit planTree = report.readModels().stream()
                    .filter(r -> r.processingGroup().equals("plan-tree")).findFirst().orElseThrow();
            // Named by the record it concerns, not by its place in the tree: the altered item and nothing after it.
            assertThat(planTree.firstDifferences()).isNotEmpty().allSatisfy(change -> {
                assertThat(change.key()).startsWith("rs-plan-2023-2025/in-force-from/");
                assertThat(change.record()).isEqualTo("item G1");
                assertThat(change.field()).isEqualTo("content.name");
                assertThat(change.projection().asText()).isEqualTo("Ändrad i smyg");
                assertThat(change.fromEvents().asText()).isEqualTo(row.get("name"));
                assertThat(change.says()).isEqualTo(change.key() + " item G1 field content.name: 'Ändrad i smyg' in the "
                        + "projection vs '" + row.get("name") + "' from the events");
            });
        } finally {
            jdbc.update("update plan_tree_item_version set name = ?, content = replace(content, 'Ändrad i smyg', ?) "
                            + "where plan_id = ? and item_id = ? and revision = ?",
                    row.get("name"), row.get("name"), row.get("plan_id"), row.get("item_id"), row.get("revision"));
        }
    }

    @Test
    void aRebuildOfEveryProjectionEndsWithZeroDifferences() {
        List<String> steps = new ArrayList<>();
        RebuildReport report = rebuild.rebuild(rebuild.processorsOf(null),
                (step, done, total) -> steps.add(step + " " + done + "/" + total));

        assertThat(report.processingGroups()).contains("plan-tree");
        assertThat(report.verification().differences()).as("%s", report.verification().readModels()).isZero();
        assertThat(steps).anyMatch(s -> s.startsWith("rebuilding"));
    }

    @Test
    void anAuditFinishesAfterAGapInTheGlobalIndex() {
        long last = jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);
        // What a rejected append leaves: an index taken but never committed.
        jdbc.execute("alter table domainevententry alter column globalindex restart with " + (last + 5));
        String register = "gap-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<JsonNode> written = as("controller").postForEntity("/api/v1/risk-registers/" + register + "/scales",
                Map.of("board", register, "effectiveFrom", "2022-06-01", "scale", Map.of("version", 1,
                        "maxConsequence", 4, "maxProbability", 4, "bands", List.of(
                                Map.of("name", "Låg", "from", 1, "to", 16, "needsMeasures", false)))), JsonNode.class);
        assertThat(written.getStatusCode().is2xxSuccessful()).as("%s", written.getBody()).isTrue();
        assertThat(jdbc.queryForObject("select min(globalindex) from domainevententry where globalindex > ?",
                Long.class, last)).isEqualTo(last + 5);

        AuditReport report = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> audit.run(Instant.now(), null, Progress.NONE));

        assertThat(report.differences()).as("%s", report.readModels()).isZero();
    }

    @Test
    void aRebuildOfAnUnknownGroupIsRefusedBeforeAnyJob() {
        ResponseEntity<JsonNode> refused = as("admin").postForEntity("/api/v1/ops/rebuilds?group=no-such-group", null,
                JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getHeaders().getLocation()).as("no job to poll").isNull();
        assertThat(refused.getBody().path("field").asText()).isEqualTo("group");
        assertThat(refused.getBody().path("detail").asText()).contains("no-such-group", "plan-tree");
    }

    @Test
    void anAuditRunsAsAJobWithProgress() {
        ResponseEntity<JsonNode> started = as("auditor").postForEntity("/api/v1/ops/audits", null, JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String location = started.getHeaders().getLocation().toString();

        JsonNode done = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(
                () -> as("auditor").getForEntity(location, JsonNode.class).getBody(),
                job -> !job.path("state").asText().equals("RUNNING"));

        assertThat(done.path("state").asText()).as("%s", done).isEqualTo("DONE");
        assertThat(done.path("result").path("differences").asLong()).isZero();
    }
}
