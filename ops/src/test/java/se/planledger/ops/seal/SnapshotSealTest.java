package se.planledger.ops.seal;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.planledger.ops.app.LedgerApplication;
import se.planledger.ops.rebuild.ProjectionRebuild;
import se.planledger.ops.support.RequiresPostgres;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.seal.SnapshotFixture.assertAdoptionDecidedFromTheEvents;
import static se.planledger.ops.seal.SnapshotFixture.assertDuplicateGoalRefused;
import static se.planledger.ops.seal.SnapshotFixture.planWithFourGoals;
import static se.planledger.ops.seal.SnapshotFixture.post;

/**
 * An edited snapshot on PostgreSQL, no snapshot key configured: commands decide from the sealed events, not from it,
 * also when its plain digest was recomputed; verification names it, and a rebuild attempted over it is refused
 * (verification names it still, the plan reads as before). A snapshot this node did not write is replayed once before
 * use. Plans are snapshotted after three events here, so a short plan has one.
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
    SnapshotSeals snapshotSeals;
    @Autowired
    ProjectionRebuild rebuild;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        SnapshotFixture.snapshottingLedger(registry, "snapshot");
    }

    @Test
    void anEditedSnapshotIsIgnoredByCommandsAndNamedByVerification() {
        String planId = "snapshot-edited";
        post(http, "/api/v1/plans", Map.of("planId", planId, "title", "Plan med ändrad ögonblicksbild", "board", "RS",
                "firstYear", 2023, "lastYear", 2025));
        post(http, "/api/v1/plans/" + planId + "/items", Map.of("itemId", "G1", "content",
                Map.of("kind", "STRATEGIC_GOAL", "perspective", "Ekonomi", "name", "En ekonomi i balans")));
        for (int i = 1; i <= 4; i++) {
            post(http, "/api/v1/plans/" + planId + "/items", Map.of("itemId", "G1.F" + i, "parentId", "G1", "content",
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

        assertAdoptionDecidedFromTheEvents(http, planId);

        assertThat(mismatchesOf(planId)).as("the plan's new snapshot replaced the edited one").isEmpty();
        assertThat(jdbc.queryForObject("select min(sequencenumber) from snapshotevententry where aggregateidentifier = ?",
                Long.class, planId)).isGreaterThan(sequence);
    }

    @Test
    void aSnapshotWithoutARecordedDigestIsNotTrusted() {
        String planId = "snapshot-unrecorded";
        planWithFourGoals(http, planId);
        JsonNode readBefore = RefusedRebuild.planAsRead(http, planId);
        jdbc.update("delete from snapshot_seal where aggregate_identifier = ?", planId);

        assertThat(mismatchesOf(planId)).extracting(ChainVerification.SnapshotMismatch::reason)
                .containsExactly("no digest was recorded for it");
        assertStillFoundAfterARebuildAttempt(mismatchesOf(planId).get(0), readBefore);
        // Still loaded correctly, from its events: the goals are there, a duplicate is refused.
        assertDuplicateGoalRefused(http, planId, "G2");
    }

    @Test
    void aSnapshotRewrittenWithItsDigestIsNotUsedByCommandsAndIsFoundByReplayingItsEvents() {
        String planId = "snapshot-rewritten";
        planWithFourGoals(http, planId);
        assertThat(mismatchesOf(planId)).as("a snapshot as written states what its events give").isEmpty();
        JsonNode readBefore = RefusedRebuild.planAsRead(http, planId);
        // Whoever can write the tables can recompute a plain digest: the snapshot then passes for written so.
        StoredSnapshot rewritten = SnapshotFixture.claimingAdoptedWithPlainDigest(jdbc, planId);

        ChainVerification.SnapshotMismatch found = new ChainVerification.SnapshotMismatch(planId,
                rewritten.sequenceNumber(), "its state is not the one its sealed events give: it was rewritten (with its digest)");
        assertThat(mismatchesOf(planId)).containsExactly(found);
        assertStillFoundAfterARebuildAttempt(found, readBefore);
        long replaysBefore = snapshotSeals.replays();
        assertAdoptionDecidedFromTheEvents(http, planId);
        assertThat(snapshotSeals.replays()).as("the rewritten snapshot replayed once, its verdict kept")
                .isEqualTo(replaysBefore + 1);
    }

    @Test
    void aSnapshotThisNodeDidNotWriteIsReplayedOnceBeforeCommandsUseIt() {
        String planId = "snapshot-replayed-once";
        planWithFourGoals(http, planId);
        snapshotSeals.forgetVerdicts(); // as after a restart, or for a snapshot another node wrote
        long replaysBefore = snapshotSeals.replays();

        assertDuplicateGoalRefused(http, planId, "G1");
        assertThat(snapshotSeals.replays()).as("replayed before its first use").isEqualTo(replaysBefore + 1);
        assertDuplicateGoalRefused(http, planId, "G2");
        assertThat(snapshotSeals.replays()).as("its verdict kept: the next command loads the snapshot only")
                .isEqualTo(replaysBefore + 1);
        assertThat(mismatchesOf(planId)).isEmpty();
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

    private List<ChainVerification.SnapshotMismatch> mismatchesOf(String planId) {
        return SnapshotFixture.mismatchesOf(seals, planId);
    }
}
