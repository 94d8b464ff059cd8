package se.planledger.ops.seal;

import org.axonframework.eventhandling.DomainEventData;
import org.springframework.jdbc.core.RowMapper;

import java.time.Instant;

/** One row of {@code snapshotevententry}, as stored or as Axon read it, every column the digest covers. */
record StoredSnapshot(String aggregateIdentifier, long sequenceNumber, String type, String eventIdentifier,
                      Instant timestamp, String payloadType, String payloadRevision, byte[] payload, byte[] metadata) {

    static final String COLUMNS = "aggregateidentifier, sequencenumber, type, eventidentifier, timestamp, payloadtype, "
            + "payloadrevision, payload, metadata";

    static final RowMapper<StoredSnapshot> ROW = (rs, n) -> new StoredSnapshot(rs.getString("aggregateidentifier"),
            rs.getLong("sequencenumber"), rs.getString("type"), rs.getString("eventidentifier"),
            Instant.parse(rs.getString("timestamp")), rs.getString("payloadtype"), rs.getString("payloadrevision"),
            rs.getBytes("payload"), rs.getBytes("metadata"));

    /** The snapshot as the JDBC event store hands it over: its payload and metadata are the stored bytes. */
    static StoredSnapshot of(DomainEventData<?> data) {
        return new StoredSnapshot(data.getAggregateIdentifier(), data.getSequenceNumber(), data.getType(),
                data.getEventIdentifier(), data.getTimestamp(), data.getPayload().getType().getName(),
                data.getPayload().getType().getRevision(), (byte[]) data.getPayload().getData(),
                data.getMetaData() == null ? null : (byte[]) data.getMetaData().getData());
    }

    /** SHA-256 over the last event the snapshot covers and every stored column of the snapshot. */
    String digest(String coveredEvent) {
        return EventSeals.sha256(fields(coveredEvent));
    }

    /** The same fields under the nodes' key: a digest whoever can write the database cannot recompute. */
    String digest(String coveredEvent, SnapshotKey key) {
        return key.digest(fields(coveredEvent));
    }

    private byte[][] fields(String coveredEvent) {
        return new byte[][] {EventSeals.text(coveredEvent), EventSeals.text(aggregateIdentifier),
                EventSeals.text(Long.toString(sequenceNumber)), EventSeals.text(type), EventSeals.text(eventIdentifier),
                EventSeals.text(timestamp.toString()), EventSeals.text(payloadType), EventSeals.text(payloadRevision),
                payload, metadata};
    }
}
