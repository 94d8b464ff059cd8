package se.planledger.ops.rebuild;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.ops.audit.AuditReplay;
import se.planledger.ops.audit.ProjectionCatchUp;
import se.planledger.ops.jobs.Progress;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Resets and rebuilds projections from the event store, then verifies them by the audit replay. The processors
 * are stopped first; on several nodes, stop them on the other nodes too (a reset needs every token claim).
 */
@Component
public class ProjectionRebuild {

    private final ProjectionCatchUp processors;
    private final EventStore eventStore;
    private final AuditReplay audit;
    private final Clock clock;

    public ProjectionRebuild(ProjectionCatchUp processors, EventStore eventStore, AuditReplay audit, Clock clock) {
        this.processors = processors;
        this.eventStore = eventStore;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param group one processing group, or null for all */
    public RebuildReport rebuild(String group, Progress progress) {
        long started = clock.millis();
        List<StreamingEventProcessor> chosen = processors.streamingProcessors().stream()
                .filter(p -> group == null || p.getName().equals(group))
                .toList();
        if (chosen.isEmpty()) {
            throw new UnknownItem("group", "no processing group " + group + "; known: " + processors.streamingProcessors()
                    .stream().map(StreamingEventProcessor::getName).toList());
        }
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? 0 : headToken.position().orElse(0);
        // Stopping one processor waits for its worker to finish its batch: stop them all at once.
        CompletableFuture.allOf(chosen.stream().map(StreamingEventProcessor::shutdownAsync)
                .toArray(CompletableFuture[]::new)).join();
        chosen.forEach(StreamingEventProcessor::resetTokens);
        chosen.forEach(StreamingEventProcessor::start);
        String names = String.join(", ", chosen.stream().map(StreamingEventProcessor::getName).toList());
        while (true) {
            long behind = chosen.stream().mapToLong(p -> ProjectionCatchUp.behind(p, head)).max().orElse(0);
            progress.report("rebuilding " + names, head - behind, head);
            if (behind == 0 && chosen.stream().noneMatch(StreamingEventProcessor::isReplaying)) {
                break;
            }
            pause();
        }
        long millis = clock.millis() - started;
        return new RebuildReport(chosen.stream().map(StreamingEventProcessor::getName).toList(), head, millis,
                audit.run(clock.instant(), null, progress));
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding", e);
        }
    }
}
