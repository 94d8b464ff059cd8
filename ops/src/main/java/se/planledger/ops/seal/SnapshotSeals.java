package se.planledger.ops.seal;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Snapshots are trusted only as far as they are what the sealed events give. When a snapshot is stored its digest is
 * recorded in {@code snapshot_seal}, bound to the last event it covers; when an aggregate is loaded (this is the event
 * store's {@link SnapshotFilter}) a snapshot whose digest is missing or differs is ignored, so the aggregate is rebuilt
 * from its sealed events and an edited snapshot cannot change what a command accepts.
 * <p>
 * A matching digest is enough only when it is keyed ({@link SnapshotKey}): a plain SHA-256 can be recomputed by
 * whoever rewrites the snapshot. Any other snapshot (no key configured, one sealed before the key was, a keyed digest
 * replaced by a plain one) is used only once {@link SnapshotReplay} has rebuilt it from its events and found the same
 * state. That verdict is kept per aggregate for the snapshot's sequence number and the digest of its stored bytes, so
 * each snapshot is replayed once per node and commands stay fast after; a snapshot this node writes is trusted from
 * the start (it was built from state that passed this filter). Several nodes need no shared verdict: each checks for
 * itself, and nothing an attacker writes to the database can be taken for a check done.
 * <p>
 * Why a digest of its own rather than the event's seal: a snapshot is written in the command's transaction, before
 * its events are committed and sealed. The digest names the covered event by id, and the chain seals that event.
 */
@Component
public class SnapshotSeals implements SnapshotFilter {

    private static final Logger log = LoggerFactory.getLogger(SnapshotSeals.class);

    /** This node's replay of one snapshot: its sequence number, the digest of its bytes, why it differs (or null). */
    private record Verdict(long sequenceNumber, String content, String differs) {
    }

    /** What {@code snapshot_seal} holds for a snapshot, and the event stored where the snapshot's covered one was. */
    private record Recorded(String digest, String coveredEvent, String storedEvent, boolean keyed) {
    }

    /** A snapshot's digest checked: why it does not match (or null), and whether its keyed digest vouches for it. */
    private record Check(String mismatch, boolean sealedUnderKey, String coveredEvent) {
    }

    private final JdbcTemplate jdbc;
    private final SnapshotKey key;
    /** Asked lazily: the replay reads through the event store, which reads snapshots through this filter. */
    private final ObjectProvider<SnapshotReplay> replay;
    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();
    private final AtomicLong replays = new AtomicLong();

    public SnapshotSeals(JdbcTemplate jdbc, SnapshotKey key, ObjectProvider<SnapshotReplay> replay) {
        this.jdbc = jdbc;
        this.key = key;
        this.replay = replay;
    }

    /** Records the digest of the snapshot just stored; older snapshots of the aggregate are gone with theirs. */
    void record(String aggregateIdentifier, long sequenceNumber) {
        StoredSnapshot snapshot = jdbc.queryForObject("select " + StoredSnapshot.COLUMNS + " from snapshotevententry "
                + "where aggregateidentifier = ? and sequencenumber = ?", StoredSnapshot.ROW, aggregateIdentifier, sequenceNumber);
        List<String> covered = jdbc.queryForList("select eventidentifier from domainevententry "
                + "where aggregateidentifier = ? and sequencenumber = ?", String.class, aggregateIdentifier, sequenceNumber);
        if (covered.isEmpty()) {
            // Not failing the command that triggered the snapshot: without a digest the snapshot is simply not trusted.
            log.warn("the snapshot of {} at sequence {} covers no stored event; it will not be trusted",
                    aggregateIdentifier, sequenceNumber);
            return;
        }
        String content = snapshot.digest(covered.get(0));
        jdbc.update("delete from snapshot_seal where aggregate_identifier = ?", aggregateIdentifier);
        jdbc.update("insert into snapshot_seal (aggregate_identifier, sequence_number, covered_event, digest, keyed) "
                        + "values (?, ?, ?, ?, ?)", aggregateIdentifier, sequenceNumber, covered.get(0),
                key.held() ? snapshot.digest(covered.get(0), key) : content, key.held());
        verdicts.put(aggregateIdentifier, new Verdict(sequenceNumber, content, null));
    }

    @Override
    public boolean test(DomainEventData<?> snapshotData) {
        StoredSnapshot snapshot = StoredSnapshot.of(snapshotData);
        Check check = check(snapshot);
        if (check.mismatch() != null) {
            log.warn("ignoring the snapshot of {} at sequence {} ({}); loading it from its events instead",
                    snapshot.aggregateIdentifier(), snapshot.sequenceNumber(), check.mismatch());
            return false;
        }
        return check.sealedUnderKey() || summarises(snapshot, check.coveredEvent());
    }

    /** Whether replaying the snapshot's events gives its state, replayed once per snapshot on this node. */
    private boolean summarises(StoredSnapshot snapshot, String coveredEvent) {
        String content = snapshot.digest(coveredEvent);
        Verdict known = verdicts.get(snapshot.aggregateIdentifier());
        if (known != null && known.sequenceNumber() == snapshot.sequenceNumber() && known.content().equals(content)) {
            return known.differs() == null;
        }
        replays.incrementAndGet();
        String differs;
        try {
            differs = replay.getObject().differs(snapshot);
        } catch (RuntimeException e) {
            log.warn("ignoring the snapshot of {} at sequence {}: replaying its events failed; loading it from its "
                    + "events instead", snapshot.aggregateIdentifier(), snapshot.sequenceNumber(), e);
            return false;
        }
        verdicts.put(snapshot.aggregateIdentifier(), new Verdict(snapshot.sequenceNumber(), content, differs));
        if (differs != null) {
            log.warn("ignoring the snapshot of {} at sequence {} ({}); loading it from its events instead",
                    snapshot.aggregateIdentifier(), snapshot.sequenceNumber(), differs);
        }
        return differs == null;
    }

    /** How many snapshots this node has replayed before using them (each once, unless its bytes change). */
    long replays() {
        return replays.get();
    }

    /** Forgets this node's verdicts, as a restart does: every snapshot not sealed under the key is replayed again. */
    void forgetVerdicts() {
        verdicts.clear();
    }

    /** Every stored snapshot that would be ignored for its digest, and why (verification replays them besides). */
    List<ChainVerification.SnapshotMismatch> notMatching() {
        List<ChainVerification.SnapshotMismatch> found = new ArrayList<>();
        jdbc.query("select " + StoredSnapshot.COLUMNS + " from snapshotevententry order by aggregateidentifier, sequencenumber",
                rs -> {
                    StoredSnapshot snapshot = StoredSnapshot.ROW.mapRow(rs, 0);
                    String mismatch = check(snapshot).mismatch();
                    if (mismatch != null) {
                        found.add(new ChainVerification.SnapshotMismatch(snapshot.aggregateIdentifier(),
                                snapshot.sequenceNumber(), mismatch));
                    }
                });
        return found;
    }

    /** The snapshot's digest against what was recorded for it. */
    private Check check(StoredSnapshot snapshot) {
        List<Recorded> recorded = jdbc.query("select s.digest, s.covered_event, e.eventidentifier, s.keyed "
                        + "from snapshot_seal s left join domainevententry e on e.aggregateidentifier = s.aggregate_identifier "
                        + "and e.sequencenumber = s.sequence_number "
                        + "where s.aggregate_identifier = ? and s.sequence_number = ?",
                (rs, n) -> new Recorded(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)),
                snapshot.aggregateIdentifier(), snapshot.sequenceNumber());
        if (recorded.isEmpty()) {
            return new Check("no digest was recorded for it", false, null);
        }
        Recorded row = recorded.get(0);
        if (!row.coveredEvent().equals(row.storedEvent())) {
            return new Check("the event it covers, " + row.coveredEvent() + ", is not the one stored at its sequence number",
                    false, row.coveredEvent());
        }
        if (!row.keyed()) {
            return new Check(snapshot.digest(row.coveredEvent()).equals(row.digest()) ? null
                    : "its stored bytes changed after it was written", false, row.coveredEvent());
        }
        if (!key.held()) {
            // Sealed under a key this node lacks: the digest cannot be checked, the replay decides.
            return new Check(null, false, row.coveredEvent());
        }
        return snapshot.digest(row.coveredEvent(), key).equals(row.digest()) ? new Check(null, true, row.coveredEvent())
                : new Check("its stored bytes or its keyed digest changed after it was written, or it was sealed under "
                + "another key", false, row.coveredEvent());
    }
}
