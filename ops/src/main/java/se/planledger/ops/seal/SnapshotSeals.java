package se.planledger.ops.seal;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Snapshots are trusted only as far as they match what was written. When a snapshot is stored its digest is recorded
 * in {@code snapshot_seal}, bound to the last event it covers; when an aggregate is loaded, a snapshot whose digest
 * is missing or differs is ignored (this is the event store's {@link SnapshotFilter}), so the aggregate is rebuilt
 * from its sealed events and an edited snapshot cannot change what a command accepts.
 * <p>
 * Why a digest of its own rather than the event's seal: a snapshot is written in the command's transaction, before
 * its events are committed and sealed. The digest names the covered event by id, and the chain seals that event.
 */
@Component
public class SnapshotSeals implements SnapshotFilter {

    private static final Logger log = LoggerFactory.getLogger(SnapshotSeals.class);

    private final JdbcTemplate jdbc;

    public SnapshotSeals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
        jdbc.update("delete from snapshot_seal where aggregate_identifier = ?", aggregateIdentifier);
        jdbc.update("insert into snapshot_seal (aggregate_identifier, sequence_number, covered_event, digest) "
                + "values (?, ?, ?, ?)", aggregateIdentifier, sequenceNumber, covered.get(0), snapshot.digest(covered.get(0)));
    }

    @Override
    public boolean test(DomainEventData<?> snapshotData) {
        StoredSnapshot snapshot = StoredSnapshot.of(snapshotData);
        String mismatch = mismatch(snapshot);
        if (mismatch != null) {
            log.warn("ignoring the snapshot of {} at sequence {} ({}); loading it from its events instead",
                    snapshot.aggregateIdentifier(), snapshot.sequenceNumber(), mismatch);
        }
        return mismatch == null;
    }

    /** Every stored snapshot that would be ignored, and why. */
    List<ChainVerification.SnapshotMismatch> notMatching() {
        List<ChainVerification.SnapshotMismatch> found = new ArrayList<>();
        jdbc.query("select " + StoredSnapshot.COLUMNS + " from snapshotevententry order by aggregateidentifier, sequencenumber",
                rs -> {
                    StoredSnapshot snapshot = StoredSnapshot.ROW.mapRow(rs, 0);
                    String mismatch = mismatch(snapshot);
                    if (mismatch != null) {
                        found.add(new ChainVerification.SnapshotMismatch(snapshot.aggregateIdentifier(),
                                snapshot.sequenceNumber(), mismatch));
                    }
                });
        return found;
    }

    /** Why the snapshot does not match what was recorded for it, or null when it does. */
    private String mismatch(StoredSnapshot snapshot) {
        List<String[]> recorded = jdbc.query("select s.digest, s.covered_event, e.eventidentifier from snapshot_seal s "
                        + "left join domainevententry e on e.aggregateidentifier = s.aggregate_identifier "
                        + "and e.sequencenumber = s.sequence_number "
                        + "where s.aggregate_identifier = ? and s.sequence_number = ?",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)},
                snapshot.aggregateIdentifier(), snapshot.sequenceNumber());
        if (recorded.isEmpty()) {
            return "no digest was recorded for it";
        }
        String[] row = recorded.get(0);
        if (!row[1].equals(row[2])) {
            return "the event it covers, " + row[1] + ", is not the one stored at its sequence number";
        }
        if (!snapshot.digest(row[1]).equals(row[0])) {
            return "its stored bytes changed after it was written";
        }
        return null;
    }
}
