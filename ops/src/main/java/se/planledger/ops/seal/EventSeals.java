package se.planledger.ops.seal;

import org.axonframework.common.DateTimeUtils;
import org.springframework.beans.factory.annotation.Value;
import se.planledger.domain.rejection.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.query.export.LedgerSeal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * Seals the stored events into a hash chain and verifies it. Each event's seal is SHA-256 over its stored columns
 * and the previous event's seal (the first over {@link #GENESIS}), in global-index order, kept in {@code event_seal}.
 * <p>
 * Why seal after the append, in order, rather than in the appending transaction: appends run concurrently and
 * commit out of index order, so the appender does not know its predecessor's seal. One sealing step that walks the
 * committed events in order needs no lock on the write path and cannot fork the chain. Its one hazard is a gap in
 * the global index: an index taken by a transaction that has not committed yet, or by one rolled back. Sealing past
 * it would leave a late-committed event outside the chain for ever, so a gap stops the sealing until it has been
 * seen for {@code ledger.seals.gap-timeout} (60 s, Axon's own gap timeout: the tracking processors also give up on
 * it then). Two nodes sealing the same events write the same seals; the second batch fails on the primary key.
 */
@Component
public class EventSeals implements LedgerSeal {

    /** The "previous seal" of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final SnapshotSeals snapshotSeals;
    private final SnapshotReplay snapshotReplay;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration gapTimeout;
    private final boolean eventsInAxonServer;
    private long gapAt;
    private Instant gapSeenSince;

    public EventSeals(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
                      @Value("${ledger.seals.gap-timeout:60s}") Duration gapTimeout, SnapshotSeals snapshotSeals,
                      SnapshotReplay snapshotReplay, @Value("${axon.axonserver.enabled:false}") boolean eventsInAxonServer) {
        this.jdbc = jdbc;
        this.eventsInAxonServer = eventsInAxonServer;
        this.snapshotSeals = snapshotSeals;
        this.snapshotReplay = snapshotReplay;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.gapTimeout = gapTimeout;
    }

    /** SHA-256, in hex, over the previous seal and every stored column of the event, each length-prefixed. */
    public static String seal(String previous, StoredEvent event) {
        return sha256(text(previous), event.payload(), event.metadata(), text(event.payloadType()),
                text(event.payloadRevision()), text(event.aggregateIdentifier()),
                text(Long.toString(event.sequenceNumber())), text(event.type()), text(event.timestamp()),
                text(event.eventIdentifier()), text(Long.toString(event.globalIndex())));
    }

    /** SHA-256, in hex, over the fields, each length-prefixed (-1 for null), so no two different rows hash alike. */
    static String sha256(byte[]... fields) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        frame(sha::update, fields);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Hands each field to {@code sink} length-prefixed (-1 for null), the framing every seal and digest hashes. */
    static void frame(Consumer<byte[]> sink, byte[]... fields) {
        for (byte[] value : fields) {
            sink.accept(ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
            if (value != null) {
                sink.accept(value);
            }
        }
    }

    /** Seals the committed events not sealed yet, in order, one transaction per batch; returns how many. */
    public synchronized int sealNew() {
        int sealed = 0;
        int batch;
        do {
            batch = transaction.execute(status -> sealBatch());
            sealed += batch;
        } while (batch == BATCH);
        return sealed;
    }

    /** Whether the events are in the JDBC event store's table, which the chain seals (not with Axon Server). */
    public boolean chainKept() {
        return !eventsInAxonServer;
    }

    /**
     * Seals what is new, then recomputes the whole chain; {@code since} ({@code index:seal}) must be part of it.
     * Every stored snapshot is checked against its digest and against the state its events give.
     * Holds off the sealing meanwhile, so head and counts describe one chain.
     */
    public synchronized ChainVerification verify(String since) {
        if (!chainKept()) {
            throw new RuleViolation("chain-needs-jdbc-event-store", "since", "with Axon Server the events are kept in "
                    + "Axon Server's own storage, which the ledger does not seal: there is no event chain to verify");
        }
        sealNew();
        return transaction.execute(status -> {
            ChainVerification.Head head = head();
            long headIndex = head == null ? 0 : head.globalIndex();
            ChainVerification.Break found = firstBrokenLink();
            ChainVerification.Break unsealed = firstUnsealedBelow(headIndex);
            if (found == null || unsealed != null && unsealed.globalIndex() < found.globalIndex()) {
                found = unsealed;
            }
            if (found == null && since != null) {
                found = notExtending(since);
            }
            long sealedCount = jdbc.queryForObject("select count(*) from event_seal", Long.class);
            long notYet = jdbc.queryForObject("select count(*) from domainevententry where globalindex > ?", Long.class,
                    headIndex);
            return new ChainVerification(sealedCount, notYet, head, found, snapshotsNotMatching());
        });
    }

    /** Seals what is new first, so an answer read just now names a seal that covers it (unless a gap holds it up). */
    @Override
    public String headAt(Instant knownAt) {
        try {
            sealNew();
        } catch (DuplicateKeyException e) {
            // another node sealed the same events first: its seals are as good
        }
        return jdbc.query("select s.global_index, s.seal from event_seal s join domainevententry e "
                        + "on e.globalindex = s.global_index where e.timestamp <= ? order by s.global_index desc limit 1",
                rs -> rs.next() ? rs.getLong(1) + ":" + rs.getString(2) : null,
                DateTimeUtils.formatInstant(knownAt)); // as Axon stores it: fixed milliseconds, so text order is time order
    }

    /** Per snapshot the first thing wrong with it: its digest, or else its state against its events. */
    private List<ChainVerification.SnapshotMismatch> snapshotsNotMatching() {
        List<ChainVerification.SnapshotMismatch> found = new ArrayList<>(snapshotSeals.notMatching());
        snapshotReplay.notSummarising().stream().filter(r -> found.stream().noneMatch(f ->
                f.aggregateIdentifier().equals(r.aggregateIdentifier()) && f.sequenceNumber() == r.sequenceNumber()))
                .forEach(found::add);
        return found;
    }

    private int sealBatch() {
        ChainVerification.Head head = head();
        long last = head == null ? 0 : head.globalIndex();
        String previous = head == null ? GENESIS : head.seal();
        List<StoredEvent> events = jdbc.query("select " + StoredEvent.COLUMNS + " from domainevententry e "
                + "where e.globalindex > ? order by e.globalindex limit " + BATCH, StoredEvent.ROW, last);
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>();
        for (StoredEvent event : events) {
            if (event.globalIndex() != last + 1 && !gapTimedOut(last + 1, now)) {
                break;
            }
            previous = seal(previous, event);
            rows.add(new Object[] {event.globalIndex(), event.eventIdentifier(), previous, now.atOffset(ZoneOffset.UTC)});
            last = event.globalIndex();
        }
        jdbc.batchUpdate("insert into event_seal (global_index, event_identifier, seal, sealed_at) values (?, ?, ?, ?)",
                rows);
        return rows.size();
    }

    /** Whether the gap starting at {@code index} has been seen for the gap timeout; the first sighting starts it. */
    private boolean gapTimedOut(long index, Instant now) {
        if (gapSeenSince == null || gapAt != index) {
            gapAt = index;
            gapSeenSince = now;
        }
        return !now.isBefore(gapSeenSince.plus(gapTimeout));
    }

    private ChainVerification.Head head() {
        return jdbc.query("select global_index, seal from event_seal order by global_index desc limit 1",
                rs -> rs.next() ? new ChainVerification.Head(rs.getLong(1), rs.getString(2)) : null);
    }

    /** Walks the seals in order, recomputing each from its event and the previous seal as stored. */
    private ChainVerification.Break firstBrokenLink() {
        return jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement("select s.global_index as sealed_index, "
                    + "s.event_identifier as sealed_event, s.seal, " + StoredEvent.COLUMNS + " from event_seal s "
                    + "left join domainevententry e on e.globalindex = s.global_index order by s.global_index");
            select.setFetchSize(BATCH); // streamed: the chain may be longer than the heap
            return select;
        }, rs -> {
            String previous = GENESIS;
            while (rs.next()) {
                String sealedEvent = rs.getString("sealed_event");
                if (rs.getString("eventidentifier") == null) {
                    return new ChainVerification.Break(rs.getLong("sealed_index"), sealedEvent, null, null,
                            "a seal without its event: the event sealed here was deleted");
                }
                StoredEvent event = StoredEvent.ROW.mapRow(rs, 0);
                if (!event.eventIdentifier().equals(sealedEvent)) {
                    return at(event, "another event stands where event " + sealedEvent + " was sealed");
                }
                if (!seal(previous, event).equals(rs.getString("seal"))) {
                    return at(event, "the seal differs: the event's stored bytes (payload, metadata, timestamp or "
                            + "another column) changed after it was sealed, or its seal was rewritten");
                }
                previous = rs.getString("seal");
            }
            return null;
        });
    }

    private ChainVerification.Break firstUnsealedBelow(long headIndex) {
        List<StoredEvent> unsealed = jdbc.query("select " + StoredEvent.COLUMNS + " from domainevententry e "
                + "where e.globalindex < ? and not exists (select 1 from event_seal s where s.global_index = e.globalindex) "
                + "order by e.globalindex limit 1", StoredEvent.ROW, headIndex);
        return unsealed.isEmpty() ? null : at(unsealed.get(0),
                "an event without a seal below the head: inserted after the events around it were sealed");
    }

    private ChainVerification.Break notExtending(String since) {
        String[] parts = since.split(":", 2);
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[0-9a-f]{64}")) {
            throw new InvalidInput("since", "write the head as <global index>:<seal>, the seal in 64 lower-case hex digits");
        }
        long index = Long.parseLong(parts[0]);
        List<String> sealed = jdbc.queryForList("select seal from event_seal where global_index = ?", String.class, index);
        if (sealed.equals(List.of(parts[1]))) {
            return null;
        }
        return new ChainVerification.Break(index, null, null, null, "the chain does not extend the head written down: "
                + "its seal at " + index + " is " + (sealed.isEmpty() ? "missing" : sealed.get(0)) + ", not " + parts[1]);
    }

    private static ChainVerification.Break at(StoredEvent event, String reason) {
        return new ChainVerification.Break(event.globalIndex(), event.eventIdentifier(), event.aggregateIdentifier(),
                event.sequenceNumber(), reason);
    }

    static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }
}
