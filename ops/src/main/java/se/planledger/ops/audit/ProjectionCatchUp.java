package se.planledger.ops.audit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import se.planledger.ops.jobs.Progress;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/** Waits until every projection has processed the event stream up to its current head. */
@Component
public class ProjectionCatchUp {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public ProjectionCatchUp(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    public void awaitHead(Progress progress) {
        TrackingToken head = eventStore.createHeadToken();
        long target = head == null ? 0 : head.position().orElse(0);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            long behind = streamingProcessors().stream().mapToLong(p -> behind(p, target)).max().orElse(0);
            if (behind == 0) {
                return;
            }
            progress.report("waiting for projections to reach event " + target, target - behind, target);
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("projections are still " + behind + " events behind after " + PATIENCE);
            }
            sleep();
        }
    }

    public List<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    /** How many events the processor still has to handle to reach {@code target}; its slowest segment counts. */
    public static long behind(StreamingEventProcessor processor, long target) {
        if (target == 0) {
            return 0;
        }
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        if (segments.isEmpty()) {
            return target;
        }
        return segments.stream()
                .mapToLong(status -> {
                    OptionalLong position = status.getCurrentPosition();
                    return position.isPresent() ? Math.max(0, target - position.getAsLong()) : target;
                })
                .max().orElse(target);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for projections", e);
        }
    }
}
