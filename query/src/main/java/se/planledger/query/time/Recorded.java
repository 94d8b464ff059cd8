package se.planledger.query.time;

import org.axonframework.eventhandling.EventMessage;
import se.planledger.domain.decision.MetaDataKeys;

import java.sql.Timestamp;
import java.time.Instant;

/** When the ledger recorded an event (its transaction time), who issued it and under which command id. */
public record Recorded(Instant at, String by, String commandId) {

    public static Recorded of(EventMessage<?> event) {
        return new Recorded(event.getTimestamp(), (String) event.getMetaData().get(MetaDataKeys.ISSUED_BY),
                (String) event.getMetaData().get(MetaDataKeys.COMMAND_ID));
    }

    /** The recording time as JDBC wants it. */
    public Timestamp timestamp() {
        return Timestamp.from(at);
    }
}
