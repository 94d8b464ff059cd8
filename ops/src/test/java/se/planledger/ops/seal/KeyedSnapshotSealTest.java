package se.planledger.ops.seal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.planledger.ops.app.LedgerApplication;
import se.planledger.ops.support.RequiresPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.seal.SnapshotFixture.adopt;
import static se.planledger.ops.seal.SnapshotFixture.assertAdoptionDecidedFromTheEvents;
import static se.planledger.ops.seal.SnapshotFixture.assertDuplicateGoalRefused;
import static se.planledger.ops.seal.SnapshotFixture.claimingAdopted;
import static se.planledger.ops.seal.SnapshotFixture.claimingAdoptedWithPlainDigest;
import static se.planledger.ops.seal.SnapshotFixture.coveredEvent;
import static se.planledger.ops.seal.SnapshotFixture.mismatchesOf;
import static se.planledger.ops.seal.SnapshotFixture.planWithFourGoals;

/**
 * Snapshots sealed under {@code ledger.seals.snapshot-key} on PostgreSQL: commands use a snapshot whose keyed digest
 * matches as it is, without replaying it, also after a restart; one rewritten with a digest anyone can compute is
 * replayed, not used, and named by verification. Plans are snapshotted after three events here.
 */
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeyedSnapshotSealTest {

    private static final String KEY = "0123456789abcdef0123456789abcdef-test-only";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventSeals seals;
    @Autowired
    SnapshotSeals snapshotSeals;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        SnapshotFixture.snapshottingLedger(registry, "snapshot_keyed");
        registry.add("ledger.seals.snapshot-key", () -> KEY);
    }

    @Test
    void aSnapshotSealedUnderTheKeyIsUsedWithoutAReplay() {
        String planId = "keyed-used";
        planWithFourGoals(http, planId);
        assertThat(jdbc.queryForObject("select keyed from snapshot_seal where aggregate_identifier = ?", Boolean.class,
                planId)).isTrue();
        snapshotSeals.forgetVerdicts(); // as after a restart: only the key vouches for the snapshot now
        long replaysBefore = snapshotSeals.replays();

        assertDuplicateGoalRefused(http, planId, "G1");
        assertThat(snapshotSeals.replays()).isEqualTo(replaysBefore);
        assertThat(mismatchesOf(seals, planId)).isEmpty();

        // Whoever holds the key can seal any state: the command then takes the snapshot's word for it (the adoption
        // refused as a second one), and only verification's replay finds it. So the key stays out of the database.
        StoredSnapshot rewritten = claimingAdopted(jdbc, planId);
        jdbc.update("update snapshot_seal set digest = ? where aggregate_identifier = ?",
                rewritten.digest(coveredEvent(jdbc, planId), new SnapshotKey(KEY)), planId);
        assertThat(adopt(http, planId).getBody().path("rule").asText()).isEqualTo("plan-adopted-once");
        assertThat(snapshotSeals.replays()).isEqualTo(replaysBefore);
        assertThat(mismatchesOf(seals, planId)).extracting(ChainVerification.SnapshotMismatch::reason)
                .containsExactly("its state is not the one its sealed events give: it was rewritten (with its digest)");
    }

    @Test
    void aSnapshotRewrittenWithAPlainDigestIsReplayedAndNotUsed() {
        String planId = "keyed-downgraded";
        planWithFourGoals(http, planId);
        // Without the key, the best a writer of the database can do is the plain digest, marked as such.
        claimingAdoptedWithPlainDigest(jdbc, planId);
        jdbc.update("update snapshot_seal set keyed = false where aggregate_identifier = ?", planId);
        long replaysBefore = snapshotSeals.replays();

        assertAdoptionDecidedFromTheEvents(http, planId);
        assertThat(snapshotSeals.replays()).as("replayed before use, once").isEqualTo(replaysBefore + 1);
        assertThat(mismatchesOf(seals, planId)).as("the plan's new snapshot, sealed under the key, replaced it").isEmpty();
        assertThat(jdbc.queryForObject("select keyed from snapshot_seal where aggregate_identifier = ?", Boolean.class,
                planId)).isTrue();
    }

    @Test
    void aPlainDigestInPlaceOfAKeyedOneIsNamedByVerification() {
        String planId = "keyed-replaced";
        planWithFourGoals(http, planId);
        claimingAdoptedWithPlainDigest(jdbc, planId);

        assertThat(mismatchesOf(seals, planId)).extracting(ChainVerification.SnapshotMismatch::reason)
                .containsExactly("its stored bytes or its keyed digest changed after it was written, or it was sealed "
                        + "under another key");
        assertAdoptionDecidedFromTheEvents(http, planId);
    }
}
