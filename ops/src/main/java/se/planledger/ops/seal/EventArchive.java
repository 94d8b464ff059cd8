package se.planledger.ops.seal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sealed event stream as a file and back: NDJSON, one stored event per line in global-index order with its
 * seal ({@link ArchivedEvent}). A restore goes only into an empty event store, checks every line's seal against its
 * bytes and the line before while reading, and stores events and seals as they were, all in one transaction: the
 * restored ledger's chain is the exported one, and its projections, rebuilt from the same events, answer the same.
 * Snapshots, tokens, read models and idempotency records are not part of it: they all follow from the events.
 */
@Component
public class EventArchive {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EventSeals seals;
    private static final String END = "archiveEnd";

    private final ObjectMapper json;
    private final Clock clock;

    public EventArchive(JdbcTemplate jdbc, PlatformTransactionManager transactions, EventSeals seals, ObjectMapper json,
                        Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.seals = seals;
        this.json = json;
        this.clock = clock;
    }

    /** Writes every sealed event (sealing what is new first); returns how many. Events too new to seal are left out. */
    public long export(OutputStream out) {
        seals.sealNew();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        long written = transaction.execute(status -> jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement("select s.seal, " + StoredEvent.COLUMNS
                    + " from event_seal s join domainevententry e on e.globalindex = s.global_index order by s.global_index");
            select.setFetchSize(BATCH); // streamed: the stream may be longer than the heap
            return select;
        }, rs -> {
            long count = 0;
            String head = null;
            try {
                while (rs.next()) {
                    StoredEvent event = StoredEvent.ROW.mapRow(rs, 0);
                    writer.write(json.writeValueAsString(new ArchivedEvent(event, rs.getString("seal"))));
                    writer.write('\n');
                    head = event.globalIndex() + ":" + rs.getString("seal");
                    count++;
                }
                // The last line says how many events came and the head: an archive cut short is told from a whole one.
                writer.write(json.writeValueAsString(Map.of(END, new ArchiveEnd(count, head))));
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return count;
        }));
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /** Restores an archive into an empty event store; returns how many events. Refuses, storing nothing, otherwise. */
    public long restore(InputStream in) {
        return transaction.execute(status -> {
            long present = jdbc.queryForObject("select count(*) from domainevententry", Long.class)
                    + jdbc.queryForObject("select count(*) from event_seal", Long.class);
            if (present > 0) {
                throw new IllegalStateException("refusing to restore: the event store is not empty (" + present
                        + " events and seals); restore only into an empty database");
            }
            long restored = 0;
            long last = 0;
            String previous = EventSeals.GENESIS;
            List<ArchivedEvent> batch = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                ArchiveEnd end = null;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    if (end != null) {
                        throw new IllegalStateException("refusing to restore: a line follows the archive's last line; "
                                + "nothing restored");
                    }
                    JsonNode node = json.readTree(line);
                    if (node.has(END)) {
                        end = json.treeToValue(node.get(END), ArchiveEnd.class);
                        String head = restored == 0 ? null : last + ":" + previous;
                        if (end.events() != restored || !Objects.equals(end.head(), head)) {
                            throw new IllegalStateException("refusing to restore: the archive's last line says " + end.events()
                                    + " events ending at " + end.head() + ", but it holds " + restored + " ending at " + head
                                    + "; nothing restored");
                        }
                        continue;
                    }
                    ArchivedEvent archived = json.treeToValue(node, ArchivedEvent.class);
                    StoredEvent event = archived.event();
                    if (event.globalIndex() <= last || !EventSeals.seal(previous, event).equals(archived.seal())) {
                        throw new IllegalStateException("refusing to restore: line " + (restored + 1) + " (event "
                                + event.globalIndex() + ", " + event.eventIdentifier() + ") does not follow the chain of the "
                                + "lines before it: the archive was changed or is not in order; nothing restored");
                    }
                    previous = archived.seal();
                    last = event.globalIndex();
                    batch.add(archived);
                    restored++;
                    if (batch.size() == BATCH) {
                        insert(batch);
                    }
                }
                if (end == null) {
                    throw new IllegalStateException("refusing to restore: the archive ends before its last line (it was "
                            + "cut short); nothing restored");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            insert(batch);
            // The next append continues after the restored events instead of colliding with them.
            jdbc.execute("alter table domainevententry alter column globalindex restart with " + (last + 1));
            return restored;
        });
    }

    /** The archive's last line: how many events it holds and the seal it ends at. */
    record ArchiveEnd(long events, String head) {
    }

    private void insert(List<ArchivedEvent> batch) {
        jdbc.batchUpdate("insert into domainevententry (globalindex, eventidentifier, aggregateidentifier, sequencenumber, "
                        + "type, timestamp, payloadtype, payloadrevision, payload, metadata) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                batch.stream().map(a -> {
                    StoredEvent e = a.event();
                    return new Object[] {e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                            e.type(), e.timestamp(), e.payloadType(), e.payloadRevision(), e.payload(), e.metadata()};
                }).toList());
        jdbc.batchUpdate("insert into event_seal (global_index, event_identifier, seal, sealed_at) values (?, ?, ?, ?)",
                batch.stream().map(a -> new Object[] {a.event().globalIndex(), a.event().eventIdentifier(), a.seal(),
                        clock.instant().atOffset(ZoneOffset.UTC)}).toList());
        batch.clear();
    }
}
