package se.planledger.ops.health;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import se.planledger.ops.audit.ProjectionCatchUp;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Health of the projections: DOWN while any processing group on this node is stopped at an event it cannot
 * handle, naming the group, the event and the error. The ledger still accepts writes then (they are stored),
 * but that group's answers stay behind until the cause is fixed.
 */
@Component("projections")
public class ProjectionHealth implements HealthIndicator {

    private final ProjectionCatchUp processors;
    private final ProjectionFailures failures;

    public ProjectionHealth(ProjectionCatchUp processors, ProjectionFailures failures) {
        this.processors = processors;
        this.failures = failures;
    }

    /**
     * The groups stopped at an event now, each with what stopped it. A group that failed stays stopped until its
     * position has passed the event it failed on: between retries Axon shows no error state.
     */
    public Map<String, Object> stopped() {
        Map<String, Object> stopped = new LinkedHashMap<>();
        for (StreamingEventProcessor processor : processors.streamingProcessors()) {
            Collection<EventTrackerStatus> segments = processor.processingStatus().values();
            Optional<ProjectionFailures.Failure> failure = failures.last(processor.getName())
                    .filter(f -> !passed(segments, f));
            List<EventTrackerStatus> inError = segments.stream().filter(EventTrackerStatus::isErrorState).toList();
            if (failure.isPresent()) {
                stopped.put(processor.getName(), failure.get());
            } else if (!inError.isEmpty()) {
                stopped.put(processor.getName(), String.valueOf(inError.get(0).getError()));
            }
        }
        return stopped;
    }

    private static boolean passed(Collection<EventTrackerStatus> segments, ProjectionFailures.Failure failure) {
        return failure.globalIndex() != null && segments.stream()
                .anyMatch(s -> !s.isErrorState() && s.getCurrentPosition().orElse(-1) >= failure.globalIndex());
    }

    @Override
    public Health health() {
        Map<String, Object> stopped = stopped();
        Map<String, Object> groups = new LinkedHashMap<>();
        for (StreamingEventProcessor processor : processors.streamingProcessors()) {
            groups.put(processor.getName(), stopped.containsKey(processor.getName()) ? "STOPPED_AT_EVENT"
                    : processor.isRunning() ? "RUNNING" : "NOT_RUNNING");
        }
        Health.Builder health = stopped.isEmpty() ? Health.up() : Health.down();
        health.withDetail("groups", groups);
        if (!stopped.isEmpty()) {
            health.withDetail("stopped", stopped);
        }
        return health.build();
    }
}
