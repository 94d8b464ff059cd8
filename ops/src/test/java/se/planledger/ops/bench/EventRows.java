package se.planledger.ops.bench;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import se.planledger.domain.decision.MetaDataKeys;

import java.time.Instant;
import java.util.UUID;

/**
 * Event rows exactly as Axon's JDBC event store writes them (its default columns, V1_1__event_store.sql): payload
 * and metadata as JSON bytes by the application's event serializer, the payload type as the class name, no revision,
 * the timestamp as Axon formats it. What the generated store and the plain-JDBC baselines insert.
 */
final class EventRows {

    static final String COLUMNS = "eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, payloadtype, "
            + "payloadrevision, payload, metadata";

    private final Serializer serializer;

    EventRows(Serializer serializer) {
        this.serializer = serializer;
    }

    static String insertInto(String table) {
        return "insert into " + table + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /** One row's values in {@link #COLUMNS} order, as if a command with {@code commandId} had applied the event. */
    Object[] row(String aggregateId, long sequence, String aggregateType, Object payload, String commandId) {
        MetaData metaData = MetaData.with(MetaDataKeys.ISSUED_BY, "benchmark").and(MetaDataKeys.COMMAND_ID, commandId)
                .and("traceId", commandId).and("correlationId", commandId);
        return new Object[] {UUID.randomUUID().toString(), aggregateId, sequence, aggregateType,
                DateTimeUtils.formatInstant(Instant.now()), payload.getClass().getName(), null,
                serializer.serialize(payload, byte[].class).getData(), serializer.serialize(metaData, byte[].class).getData()};
    }
}
