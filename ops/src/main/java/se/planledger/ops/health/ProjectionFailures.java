package se.planledger.ops.health;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A projection that cannot handle an event stops there instead of skipping it: the error is passed on, so its
 * tracking processor rolls the batch back, keeps its token before the event and retries with growing pauses
 * (up to a minute) until the cause is fixed. What stopped it is kept here for health and the read answers.
 */
@Component
public class ProjectionFailures implements ListenerInvocationErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ProjectionFailures.class);

    /**
     * The event a processing group stopped at, and why. A group Axon shows in error without an event handler having
     * failed (its tokens could not be stored, say) stopped at no known event: only the group and the error are known.
     */
    public record Failure(String processingGroup, String eventId, String eventType, Long globalIndex,
                          Instant recordedAt, String error, Instant failedAt) {

        static Failure atNoKnownEvent(String processingGroup, String error) {
            return new Failure(processingGroup, null, null, null, null, error, null);
        }

        /** Whether the event it stopped at is known (else only the error is). */
        public boolean atKnownEvent() {
            return eventId != null;
        }
    }

    private final Map<String, Failure> lastByGroup = new ConcurrentHashMap<>();

    @Override
    public void onError(Exception exception, EventMessage<?> event, EventMessageHandler handler) throws Exception {
        String group = groupOf(handler);
        Long position = event instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null) : null;
        Failure failure = new Failure(group, event.getIdentifier(), event.getPayloadType().getSimpleName(), position,
                event.getTimestamp(), String.valueOf(exception.getMessage()), Instant.now());
        lastByGroup.put(group, failure);
        log.error("Projection {} stopped at event {} ({}, global index {}); it retries until the cause is fixed",
                group, failure.eventId(), failure.eventType(), position, exception);
        throw exception;
    }

    /** The last failure of a group, whether or not it has since got past it. */
    public Optional<Failure> last(String processingGroup) {
        return Optional.ofNullable(lastByGroup.get(processingGroup));
    }

    private static String groupOf(EventMessageHandler handler) {
        ProcessingGroup group = handler.getTargetType().getAnnotation(ProcessingGroup.class);
        return group != null ? group.value() : handler.getTargetType().getPackageName();
    }
}
