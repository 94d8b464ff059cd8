package se.planledger.query.support;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Events as the ledger stores them: recorded at a moment the test chooses (the event's timestamp, the read models'
 * knownAt), with the metadata the projections read ({@code Recorded}: who issued the command, under which id).
 */
public final class LedgerEvents {

    public static final String RECORDER = "planner";

    private LedgerEvents() {
    }

    /** {@code payload} as recorded at {@code at}, an ISO instant such as "2022-11-20T10:00:00Z". */
    public static EventMessage<?> recorded(String at, Object payload) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), payload,
                Map.of("issuedBy", RECORDER, "commandId", UUID.randomUUID().toString()), Instant.parse(at));
    }
}
