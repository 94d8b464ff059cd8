package se.planledger.ops.health;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import se.planledger.ops.audit.ProjectionCatchUp;
import se.planledger.ops.audit.TokenPositions;
import se.planledger.ops.nodes.GroupPauses;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Health of the projections: DOWN while any processing group on this node is stopped at an event it cannot
 * handle, naming the group, the event and the error (or is not running); OUT_OF_SERVICE while one is paused for a
 * rebuild or far behind ({@link #health()}). The ledger still accepts writes then (they are stored),
 * but that group's answers stay behind until the cause is fixed.
 */
@Component("projections")
public class ProjectionHealth implements HealthIndicator {

    private final ProjectionCatchUp processors;
    private final ProjectionFailures failures;
    private final TokenPositions tokens;
    private final GroupPauses pauses;
    private final long maxBehind;

    public ProjectionHealth(ProjectionCatchUp processors, ProjectionFailures failures, TokenPositions tokens,
                            GroupPauses pauses, @Value("${ledger.health.max-behind:1000}") long maxBehind) {
        this.processors = processors;
        this.failures = failures;
        this.tokens = tokens;
        this.pauses = pauses;
        this.maxBehind = maxBehind;
    }

    /**
     * The groups stopped at an event now, each with what stopped it. A group that failed stays stopped until its
     * position has passed the event it failed on: between retries Axon shows no error state.
     */
    public Map<String, ProjectionFailures.Failure> stopped() {
        Map<String, ProjectionFailures.Failure> stopped = new LinkedHashMap<>();
        for (StreamingEventProcessor processor : processors.streamingProcessors()) {
            Collection<EventTrackerStatus> segments = processor.processingStatus().values();
            Optional<ProjectionFailures.Failure> failure = failures.last(processor.getName())
                    .filter(f -> !passed(processor.getName(), f));
            List<EventTrackerStatus> inError = segments.stream().filter(EventTrackerStatus::isErrorState).toList();
            if (failure.isPresent()) {
                stopped.put(processor.getName(), failure.get());
            } else if (!inError.isEmpty()) {
                stopped.put(processor.getName(), ProjectionFailures.Failure.atNoKnownEvent(processor.getName(),
                        String.valueOf(inError.get(0).getError())));
            }
        }
        return stopped;
    }

    /** Past it once every segment's token is, on whichever node: the one that failed is among them. */
    private boolean passed(String group, ProjectionFailures.Failure failure) {
        return failure.globalIndex() != null && tokens.behind(group, failure.globalIndex()) == 0;
    }

    /**
     * DOWN while a group is stopped at an event, or not running on this node without a pause for a rebuild;
     * OUT_OF_SERVICE while a group is paused for a rebuild, or further than {@code ledger.health.max-behind} events
     * behind the newest event: a load balancer then sends reads elsewhere. Each group is named with its state.
     * DOWN, saying so, while the newest event cannot be read (Axon Server or the database out of reach), rather
     * than a failed health request.
     */
    @Override
    public Health health() {
        long head;
        try {
            head = processors.headPosition();
        } catch (RuntimeException e) {
            return Health.down().withDetail("eventStore", "the newest event cannot be read: " + e.getMessage()).build();
        }
        Map<String, ProjectionFailures.Failure> stopped = stopped();
        Map<String, Object> groups = new LinkedHashMap<>();
        Map<String, Long> behind = new LinkedHashMap<>();
        boolean down = !stopped.isEmpty();
        boolean outOfService = false;
        for (StreamingEventProcessor processor : processors.streamingProcessors()) {
            String group = processor.getName();
            long eventsBehind = tokens.behind(group, head);
            String state;
            if (stopped.containsKey(group)) {
                state = "STOPPED_AT_EVENT";
            } else if (pauses.pausedBy(group) != null) {
                state = "PAUSED_FOR_REBUILD by " + pauses.pausedBy(group);
                outOfService = true;
            } else if (!processor.isRunning()) {
                state = "NOT_RUNNING";
                down = true;
            } else if (eventsBehind > maxBehind) {
                state = "BEHIND";
                outOfService = true;
            } else {
                state = "RUNNING";
            }
            groups.put(group, state);
            if (eventsBehind > 0) {
                behind.put(group, eventsBehind);
            }
        }
        Health.Builder health = down ? Health.down() : outOfService ? Health.outOfService() : Health.up();
        health.withDetail("groups", groups).withDetail("head", head);
        if (!behind.isEmpty()) {
            health.withDetail("eventsBehind", behind);
        }
        if (!stopped.isEmpty()) {
            health.withDetail("stopped", stopped);
        }
        return health.build();
    }
}
