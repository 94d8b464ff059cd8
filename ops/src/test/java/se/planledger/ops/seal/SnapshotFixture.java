package se.planledger.ops.seal;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import se.planledger.ops.support.TestPostgres;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A short plan with a snapshot, what a command on it decides, and its snapshot rewritten to claim the plan adopted:
 * trusted, that snapshot makes the plan's first adoption a refused second one, so the adoption's answer tells
 * whether a command used the snapshot or its events.
 */
final class SnapshotFixture {

    private SnapshotFixture() {
    }

    /** A fresh database of the test's own, no demo data, plans snapshotted after three events. */
    static void snapshottingLedger(DynamicPropertyRegistry registry, String suffix) {
        TestPostgres.useFreshEmptyLedger(registry, suffix);
        registry.add("ledger.snapshots.plan-threshold", () -> "3");
    }

    /** A draft plan with four goals: five events, so it has a snapshot (plans snapshotted after three). */
    static void planWithFourGoals(TestRestTemplate http, String planId) {
        post(http, "/api/v1/plans", Map.of("planId", planId, "title", "Plan " + planId, "board", "RS",
                "firstYear", 2023, "lastYear", 2025));
        for (int i = 1; i <= 4; i++) {
            post(http, "/api/v1/plans/" + planId + "/items", Map.of("itemId", "G" + i, "content",
                    Map.of("kind", "STRATEGIC_GOAL", "perspective", "Ekonomi", "name", "Mål " + i)));
        }
    }

    /** The plan's snapshot as stored, rewritten to claim the plan adopted (its digest left to the caller). */
    static StoredSnapshot claimingAdopted(JdbcTemplate jdbc, String planId) {
        StoredSnapshot stored = jdbc.queryForObject("select " + StoredSnapshot.COLUMNS + " from snapshotevententry "
                + "where aggregateidentifier = ?", StoredSnapshot.ROW, planId);
        String text = new String(stored.payload(), StandardCharsets.UTF_8);
        assertThat(text).contains("\"decidedVersion\":0");
        StoredSnapshot rewritten = new StoredSnapshot(stored.aggregateIdentifier(), stored.sequenceNumber(), stored.type(),
                stored.eventIdentifier(), stored.timestamp(), stored.payloadType(), stored.payloadRevision(),
                text.replace("\"decidedVersion\":0", "\"decidedVersion\":1").getBytes(StandardCharsets.UTF_8),
                stored.metadata());
        jdbc.update("update snapshotevententry set payload = ? where aggregateidentifier = ?", rewritten.payload(), planId);
        return rewritten;
    }

    /**
     * The rewrite with its plain digest recomputed, as whoever can write the tables can do (the digest's kind left as
     * it was recorded).
     */
    static StoredSnapshot claimingAdoptedWithPlainDigest(JdbcTemplate jdbc, String planId) {
        StoredSnapshot rewritten = claimingAdopted(jdbc, planId);
        jdbc.update("update snapshot_seal set digest = ? where aggregate_identifier = ?",
                rewritten.digest(coveredEvent(jdbc, planId)), planId);
        return rewritten;
    }

    static String coveredEvent(JdbcTemplate jdbc, String planId) {
        return jdbc.queryForObject("select covered_event from snapshot_seal where aggregate_identifier = ?",
                String.class, planId);
    }

    static ResponseEntity<JsonNode> adopt(TestRestTemplate http, String planId) {
        return http.withBasicAuth("planner", "planner").postForEntity("/api/v1/plans/" + planId + "/adoption",
                Map.of("body", "RS", "reference", "Dnr 1043-2022", "decisionDate", "2022-06-15",
                        "effectiveDate", "2023-01-01"), JsonNode.class);
    }

    /** The plan decided from its events: the adoption is taken, only a second one is refused. */
    static void assertAdoptionDecidedFromTheEvents(TestRestTemplate http, String planId) {
        ResponseEntity<JsonNode> adopted = adopt(http, planId);
        assertThat(adopted.getStatusCode().is2xxSuccessful()).as("decided from the events: %s", adopted.getBody()).isTrue();
        assertThat(adopt(http, planId).getBody().path("rule").asText()).isEqualTo("plan-adopted-once");
    }

    /** The plan as loaded knows its goals: one more with a goal's id is refused. */
    static void assertDuplicateGoalRefused(TestRestTemplate http, String planId, String goalId) {
        ResponseEntity<JsonNode> duplicate = http.withBasicAuth("planner", "planner").postForEntity(
                "/api/v1/plans/" + planId + "/items", Map.of("itemId", goalId, "content",
                        Map.of("kind", "STRATEGIC_GOAL", "perspective", "Ekonomi", "name", "Igen")), JsonNode.class);
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** The snapshots of this plan that verification finds not matching; the events must verify. */
    static List<ChainVerification.SnapshotMismatch> mismatchesOf(EventSeals seals, String planId) {
        ChainVerification chain = seals.verify(null);
        assertThat(chain.firstBreak()).as("the events themselves are intact").isNull();
        return chain.snapshotsNotMatching().stream().filter(s -> s.aggregateIdentifier().equals(planId)).toList();
    }

    static void post(TestRestTemplate http, String path, Object body) {
        ResponseEntity<JsonNode> response = http.withBasicAuth("planner", "planner").postForEntity(path, body, JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("POST %s: %s", path, response.getBody()).isTrue();
    }
}
