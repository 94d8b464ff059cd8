package se.planledger.ops.seal;

import com.fasterxml.jackson.databind.JsonNode;
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
import se.planledger.ops.app.LedgerApplication;
import se.planledger.ops.rebuild.ProjectionRebuild;
import se.planledger.ops.support.RequiresPostgres;
import se.planledger.ops.support.TestPostgres;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edited snapshot on PostgreSQL: commands decide from the sealed events, not from it, verification names it, and
 * a rebuild attempted over it is refused (verification names it still, the plan reads as before).
 * Plans are snapshotted after three events here, so a short plan has one.
 */
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SnapshotSealTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventSeals seals;
    @Autowired
    ProjectionRebuild rebuild;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshDatabase(registry, "snapshot");
        registry.add("ledger.demo-data.enabled", () -> "false");
        registry.add("ledger.snapshots.plan-threshold", () -> "3");
    }

    @Test
    void anEditedSnapshotIsIgnoredByCommandsAndNamedByVerification() {
        String planId = "snapshot-edited";
        post("/api/v1/plans", Map.of("planId", planId, "title", "Plan med ändrad ögonblicksbild", "board", "RS",
                "firstYear", 2023, "lastYear", 2025));
        post("/api/v1/plans/" + planId + "/items", Map.of("itemId", "G1", "content",
                Map.of("kind", "STRATEGIC_GOAL", "perspective", "Ekonomi", "name", "En ekonomi i balans")));
        for (int i = 1; i <= 4; i++) {
            post("/api/v1/plans/" + planId + "/items", Map.of("itemId", "G1.F" + i, "parentId", "G1", "content",
                    Map.of("kind", "SUCCESS_FACTOR", "name", "Framgångsfaktor " + i)));
        }
        long sequence = jdbc.queryForObject("select max(sequencenumber) from snapshotevententry where aggregateidentifier = ?",
                Long.class, planId);
        assertThat(mismatchesOf(planId)).as("a snapshot as written matches").isEmpty();

        JsonNode readBefore = RefusedRebuild.planAsRead(http, planId);
        // The edit claims the plan is adopted: trusted, it would refuse the adoption as a second one.
        byte[] payload = jdbc.queryForObject("select payload from snapshotevententry where aggregateidentifier = ? "
                + "and sequencenumber = ?", byte[].class, planId, sequence);
        String text = new String(payload, StandardCharsets.UTF_8);
        assertThat(text).contains("\"decidedVersion\":0");
        jdbc.update("update snapshotevententry set payload = ? where aggregateidentifier = ? and sequencenumber = ?",
                text.replace("\"decidedVersion\":0", "\"decidedVersion\":1").getBytes(StandardCharsets.UTF_8),
                planId, sequence);

        ChainVerification.SnapshotMismatch edited = new ChainVerification.SnapshotMismatch(planId, sequence,
                "its stored bytes changed after it was written");
        assertThat(mismatchesOf(planId)).containsExactly(edited);
        assertStillFoundAfterARebuildAttempt(edited, readBefore);
        JsonNode answered = http.withBasicAuth("auditor", "auditor").getForObject("/api/v1/ops/verification", JsonNode.class);
        assertThat(answered.path("verified").asBoolean()).isFalse();
        assertThat(answered.path("verdict").asText()).startsWith("BROKEN snapshot of ");
        assertThat(answered.path("snapshotsNotMatching").findValuesAsText("aggregateIdentifier")).contains(planId);

        ResponseEntity<JsonNode> adopted = http.withBasicAuth("planner", "planner").postForEntity(
                "/api/v1/plans/" + planId + "/adoption", Map.of("body", "RS", "reference", "Dnr 1043-2022",
                        "decisionDate", "2022-06-15", "effectiveDate", "2023-01-01"), JsonNode.class);
        assertThat(adopted.getStatusCode().is2xxSuccessful()).as("decided from the events: %s", adopted.getBody()).isTrue();
        ResponseEntity<JsonNode> again = http.withBasicAuth("planner", "planner").postForEntity(
                "/api/v1/plans/" + planId + "/adoption", Map.of("body", "RS", "reference", "Dnr 1043-2022",
                        "decisionDate", "2022-06-15", "effectiveDate", "2023-01-01"), JsonNode.class);
        assertThat(again.getBody().path("rule").asText()).isEqualTo("plan-adopted-once");

        assertThat(mismatchesOf(planId)).as("the plan's new snapshot replaced the edited one").isEmpty();
        assertThat(jdbc.queryForObject("select min(sequencenumber) from snapshotevententry where aggregateidentifier = ?",
                Long.class, planId)).isGreaterThan(sequence);
    }

    @Test
    void aSnapshotWithoutARecordedDigestIsNotTrusted() {
        String planId = "snapshot-unrecorded";
        planWithFourGoals(planId);
        JsonNode readBefore = RefusedRebuild.planAsRead(http, planId);
        jdbc.update("delete from snapshot_seal where aggregate_identifier = ?", planId);

        assertThat(mismatchesOf(planId)).extracting(ChainVerification.SnapshotMismatch::reason)
                .containsExactly("no digest was recorded for it");
        assertStillFoundAfterARebuildAttempt(mismatchesOf(planId).get(0), readBefore);
        // Still loaded correctly, from its events: the goals are there, a duplicate is refused.
        ResponseEntity<JsonNode> duplicate = http.withBasicAuth("planner", "planner").postForEntity(
                "/api/v1/plans/" + planId + "/items", Map.of("itemId", "G2", "content",
                        Map.of("kind", "STRATEGIC_GOAL", "perspective", "Ekonomi", "name", "Igen")), JsonNode.class);
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void aSnapshotRewrittenWithItsDigestIsFoundByReplayingItsEvents() {
        String planId = "snapshot-rewritten";
        planWithFourGoals(planId);
        assertThat(mismatchesOf(planId)).as("a snapshot as written states what its events give").isEmpty();
        StoredSnapshot stored = jdbc.queryForObject("select " + StoredSnapshot.COLUMNS + " from snapshotevententry "
                + "where aggregateidentifier = ?", StoredSnapshot.ROW, planId);
        String text = new String(stored.payload(), StandardCharsets.UTF_8);
        assertThat(text).contains("\"decidedVersion\":0");
        StoredSnapshot rewritten = new StoredSnapshot(stored.aggregateIdentifier(), stored.sequenceNumber(), stored.type(),
                stored.eventIdentifier(), stored.timestamp(), stored.payloadType(), stored.payloadRevision(),
                text.replace("\"decidedVersion\":0", "\"decidedVersion\":1").getBytes(StandardCharsets.UTF_8),
                stored.metadata());
        String covered = jdbc.queryForObject("select covered_event from snapshot_seal where aggregate_identifier = ?",
                String.class, planId);
        JsonNode readBefore = RefusedRebuild.planAsRead(http, planId);
        // Whoever can write the tables can recompute the digest: the snapshot then passes for written so.
        jdbc.update("update snapshotevententry set payload = ? where aggregateidentifier = ?", rewritten.payload(), planId);
        jdbc.update("update snapshot_seal set digest = ? where aggregate_identifier = ?", rewritten.digest(covered), planId);

        ChainVerification.SnapshotMismatch found = new ChainVerification.SnapshotMismatch(planId,
                stored.sequenceNumber(), "its state is not the one its sealed events give: it was rewritten (with its digest)");
        assertThat(mismatchesOf(planId)).containsExactly(found);
        assertStillFoundAfterARebuildAttempt(found, readBefore);
    }

    /**
     * A rebuild is refused over the chain's snapshots (the first named may be another test's plan), verification
     * still names this one after it, and the plan reads as before.
     */
    private void assertStillFoundAfterARebuildAttempt(ChainVerification.SnapshotMismatch found, JsonNode readBefore) {
        ChainVerification again = RefusedRebuild.attempt(rebuild, seals, http, "BROKEN snapshot of ",
                found.aggregateIdentifier(), readBefore);
        assertThat(again.snapshotsNotMatching()).contains(found);
    }

    /** A draft plan with four goals: five events, so it has a snapshot. */
    private void planWithFourGoals(String planId) {
        post("/api/v1/plans", Map.of("planId", planId, "title", "Plan " + planId, "board", "RS",
                "firstYear", 2023, "lastYear", 2025));
        for (int i = 1; i <= 4; i++) {
            post("/api/v1/plans/" + planId + "/items", Map.of("itemId", "G" + i, "content",
                    Map.of("kind", "STRATEGIC_GOAL", "perspective", "Ekonomi", "name", "Mål " + i)));
        }
    }

    /** The snapshots of this plan that verification finds not matching; the events must verify. */
    private List<ChainVerification.SnapshotMismatch> mismatchesOf(String planId) {
        ChainVerification chain = seals.verify(null);
        assertThat(chain.firstBreak()).as("the events themselves are intact").isNull();
        return chain.snapshotsNotMatching().stream().filter(s -> s.aggregateIdentifier().equals(planId)).toList();
    }

    private void post(String path, Object body) {
        ResponseEntity<JsonNode> response = http.withBasicAuth("planner", "planner").postForEntity(path, body, JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("POST %s: %s", path, response.getBody()).isTrue();
    }
}
