package se.planledger.ops.audit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import se.planledger.ops.jobs.Progress;

import java.time.Duration;
import java.util.List;

/**
 * Waits until projections have processed the event stream up to a position. Positions come from the token table
 * ({@link TokenPositions}), not from this node's processor status: that lists only the segments this node owns,
 * which may be none (another node holds them, or this is an ops command beside the running service). An error,
 * though, shows only in the status of the node that hit it; there the wait fails at once.
 */
@Component
public class ProjectionCatchUp {

    /** How long the projections may make no progress before the wait gives up. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TokenPositions tokens;

    public ProjectionCatchUp(EventProcessingConfiguration processing, EventStore eventStore, TokenPositions tokens) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokens = tokens;
    }

    public void awaitHead(Progress progress) {
        long head = headPosition();
        await(streamingProcessors(), head, "waiting for projections to reach event " + head, progress);
    }

    /** The global index of the newest event; 0 when there is none. */
    public long headPosition() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    /**
     * Waits until every segment of the processors' groups has reached {@code target}. Fails at once when one of
     * them is stopped on an error on this node, and when none has moved for {@link #PATIENCE}.
     */
    public void await(List<StreamingEventProcessor> processors, long target, String step, Progress progress) {
        long behindBefore = Long.MAX_VALUE;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            processors.forEach(ProjectionCatchUp::failOnError);
            long behind = behind(processors, target);
            if (behind == 0) {
                return;
            }
            progress.report(step, target - behind, target);
            if (behind < behindBefore) {
                behindBefore = behind;
                deadline = System.nanoTime() + PATIENCE.toNanos();
            } else if (System.nanoTime() > deadline) {
                throw new IllegalStateException("projections are still " + behind + " events behind event " + target
                        + " and have not moved for " + PATIENCE);
            }
            sleep();
        }
    }

    /**
     * Waits at most {@code patience} for every projection to reach the newest event; whether they did. For a page
     * that is to show what its user just wrote: a short wait, never a failure.
     */
    public boolean reachHeadWithin(Duration patience) {
        long head = headPosition();
        long deadline = System.nanoTime() + patience.toNanos();
        List<StreamingEventProcessor> processors = streamingProcessors();
        while (behind(processors, head) > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(50);
        }
        return true;
    }

    /** How many events the furthest behind of the processors' segments still has to read to reach {@code target}. */
    private long behind(List<StreamingEventProcessor> processors, long target) {
        return processors.stream().mapToLong(p -> tokens.behind(p.getName(), target)).max().orElse(0);
    }

    public List<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }

    /** A processor stopped on an error retries the same events for ever; waiting for it is pointless. */
    private static void failOnError(StreamingEventProcessor processor) {
        processor.processingStatus().values().stream()
                .filter(EventTrackerStatus::isErrorState)
                .findFirst()
                .ifPresent(status -> {
                    throw new IllegalStateException("processing group " + processor.getName() + " is stopped on an error: "
                            + status.getError(), status.getError());
                });
    }

    private static void sleep() {
        sleep(200);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for projections", e);
        }
    }
}
