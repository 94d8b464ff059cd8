package se.planledger.ops.seal;

import org.springframework.jdbc.core.RowMapper;

/** One row of {@code domainevententry} as stored, every column the seal covers. */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String type, String timestamp, String payloadType, String payloadRevision, byte[] payload,
                          byte[] metadata) {

    static final String COLUMNS = "e.globalindex, e.eventidentifier, e.aggregateidentifier, e.sequencenumber, e.type, "
            + "e.timestamp, e.payloadtype, e.payloadrevision, e.payload, e.metadata";

    static final RowMapper<StoredEvent> ROW = (rs, n) -> new StoredEvent(rs.getLong("globalindex"),
            rs.getString("eventidentifier"), rs.getString("aggregateidentifier"), rs.getLong("sequencenumber"),
            rs.getString("type"), rs.getString("timestamp"), rs.getString("payloadtype"), rs.getString("payloadrevision"),
            rs.getBytes("payload"), rs.getBytes("metadata"));
}
