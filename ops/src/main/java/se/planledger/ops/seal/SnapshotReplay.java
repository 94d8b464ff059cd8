package se.planledger.ops.seal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verification's deeper look at snapshots: each is rebuilt from the sealed events it summarises and compared
 * with what is stored. This finds a snapshot rewritten together with its digest, which the digest alone cannot;
 * it costs a replay of every snapshotted aggregate. Commands ask it once per snapshot they cannot trust by its keyed
 * digest ({@link SnapshotSeals}).
 */
@Component
public class SnapshotReplay {

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final Configuration axon;
    private final ObjectMapper json;

    public SnapshotReplay(JdbcTemplate jdbc, EventStore eventStore, Configuration axon, ObjectMapper json) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.axon = axon;
        this.json = json;
    }

    /** Every stored snapshot whose state is not the one its events give, and why. */
    List<ChainVerification.SnapshotMismatch> notSummarising() {
        List<ChainVerification.SnapshotMismatch> found = new ArrayList<>();
        for (StoredSnapshot snapshot : jdbc.query("select " + StoredSnapshot.COLUMNS + " from snapshotevententry "
                + "order by aggregateidentifier, sequencenumber", StoredSnapshot.ROW)) {
            String reason = differs(snapshot);
            if (reason != null) {
                found.add(new ChainVerification.SnapshotMismatch(snapshot.aggregateIdentifier(), snapshot.sequenceNumber(),
                        reason));
            }
        }
        return found;
    }

    /** Why the snapshot's state is not the one its events up to its sequence number give, or null when it is. */
    String differs(StoredSnapshot snapshot) {
        Optional<AggregateConfiguration<?>> aggregate = axon.findModules(AggregateConfiguration.class).stream()
                .<AggregateConfiguration<?>>map(c -> c)
                .filter(c -> c.aggregateType().getName().equals(snapshot.payloadType())).findFirst();
        return aggregate.isEmpty() ? "it is of no aggregate type the ledger knows: " + snapshot.payloadType()
                : differs(snapshot, aggregate.get());
    }

    private String differs(StoredSnapshot snapshot, AggregateConfiguration<?> aggregate) {
        DomainEventStream events = DomainEventStream.of(eventStore.readEvents(snapshot.aggregateIdentifier(), 0).asStream()
                .filter(e -> e.getSequenceNumber() <= snapshot.sequenceNumber()));
        DomainEventMessage<?> rebuilt = new FromEvents(aggregate).createSnapshot(aggregate.aggregateType(),
                snapshot.aggregateIdentifier(), events);
        if (rebuilt == null || rebuilt.getSequenceNumber() != snapshot.sequenceNumber()) {
            return "its events end before its sequence number";
        }
        byte[] state = axon.serializer().serialize(rebuilt.getPayload(), byte[].class).getData();
        try {
            JsonNode stored = json.readTree(snapshot.payload());
            return stored.equals(json.readTree(state)) ? null
                    : "its state is not the one its sealed events give: it was rewritten (with its digest)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Axon's snapshotter, used only to build the aggregate from a stream of events the way its snapshots are made. */
    private final class FromEvents extends AggregateSnapshotter {

        FromEvents(AggregateConfiguration<?> aggregate) {
            super(AggregateSnapshotter.builder().eventStore(eventStore).aggregateFactories(aggregate.aggregateFactory())
                    .parameterResolverFactory(axon.parameterResolverFactory())
                    .handlerDefinition(axon.handlerDefinition(aggregate.aggregateType())));
        }

        @Override
        protected DomainEventMessage<?> createSnapshot(Class<?> aggregateType, String aggregateIdentifier,
                                                       DomainEventStream eventStream) {
            return super.createSnapshot(aggregateType, aggregateIdentifier, eventStream);
        }
    }
}
