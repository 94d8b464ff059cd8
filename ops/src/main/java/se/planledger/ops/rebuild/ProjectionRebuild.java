package se.planledger.ops.rebuild;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.ops.audit.AuditReplay;
import se.planledger.ops.audit.ProjectionCatchUp;
import se.planledger.ops.jobs.Progress;
import se.planledger.ops.nodes.GroupPauses;
import se.planledger.ops.seal.ChainVerification;
import se.planledger.ops.seal.EventSeals;
import se.planledger.query.audit.ProjectionTables;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Resets and rebuilds projections from the event store, then verifies them by the audit replay. The groups are
 * paused on every other node sharing the database first ({@link GroupPauses}: a reset needs every token claim), then
 * stopped here; whatever happens, they run again on every node afterwards.
 * A rebuild never leaves a projection worse than before: its tables and tokens are copied before the reset and
 * put back when the replay fails (an error, or no progress for a long time). It refuses to start over an event chain
 * that does not verify: projections rebuilt from altered events would show the alteration as the record. With Axon
 * Server there is no chain (its storage is not sealed), and the rebuild starts without that check.
 */
@Component
public class ProjectionRebuild {

    private final ProjectionCatchUp processors;
    private final List<ProjectionTables> projections;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditReplay audit;
    private final Clock clock;
    private final EventSeals seals;
    private final GroupPauses pauses;

    public ProjectionRebuild(ProjectionCatchUp processors, List<ProjectionTables> projections, JdbcTemplate jdbc,
                             PlatformTransactionManager transactions, AuditReplay audit, Clock clock, EventSeals seals,
                             GroupPauses pauses) {
        this.processors = processors;
        this.projections = projections;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
        this.clock = clock;
        this.seals = seals;
        this.pauses = pauses;
    }

    /** The processors of one processing group, or of all when {@code group} is null; an unknown group is refused. */
    public List<StreamingEventProcessor> processorsOf(String group) {
        List<StreamingEventProcessor> chosen = processors.streamingProcessors().stream()
                .filter(p -> group == null || p.getName().equals(group))
                .toList();
        if (chosen.isEmpty()) {
            throw new InvalidInput("group", "no processing group " + group + "; known: " + processors.streamingProcessors()
                    .stream().map(StreamingEventProcessor::getName).toList());
        }
        return chosen;
    }

    public RebuildReport rebuild(List<StreamingEventProcessor> chosen, Progress progress) {
        long started = clock.millis();
        if (seals.chainKept()) {
            ChainVerification chain = seals.verify(null);
            if (!chain.verified()) {
                throw new IllegalStateException("refusing to rebuild: the event chain does not verify, " + chain.verdict()
                        + "; the projections are left as they are");
            }
        }
        long head = processors.headPosition();
        List<String> groups = chosen.stream().map(StreamingEventProcessor::getName).toList();
        pauses.pauseEverywhere(groups);
        try {
            return rebuildPaused(chosen, groups, head, started, progress);
        } finally {
            pauses.resume(groups);
        }
    }

    /** The groups are paused on the other nodes, which hold no claim on them: stopped here they have none. */
    private RebuildReport rebuildPaused(List<StreamingEventProcessor> chosen, List<String> groups, long head,
                                        long started, Progress progress) {
        stop(chosen);
        RebuildBackup backup;
        try {
            backup = RebuildBackup.take(jdbc, transaction, groups, tablesOf(groups));
        } catch (RuntimeException e) {
            chosen.forEach(StreamingEventProcessor::start);
            throw e;
        }
        try {
            chosen.forEach(StreamingEventProcessor::resetTokens);
            chosen.forEach(StreamingEventProcessor::start);
            processors.await(chosen, head, "rebuilding " + String.join(", ", groups), progress);
        } catch (RuntimeException failure) {
            undo(chosen, backup);
            throw new IllegalStateException("rebuilding " + groups + " failed, the projections are back as they were: "
                    + failure.getMessage(), failure);
        }
        backup.drop();
        long millis = clock.millis() - started;
        return new RebuildReport(groups, head, millis, audit.run(clock.instant(), null, progress));
    }

    private List<String> tablesOf(List<String> groups) {
        return projections.stream()
                .filter(projection -> groups.contains(projection.processingGroup()))
                .flatMap(projection -> projection.tables().stream())
                .toList();
    }

    /** Puts back the copy; the processors run again even when that fails (the copy is then kept). */
    private static void undo(List<StreamingEventProcessor> chosen, RebuildBackup backup) {
        stop(chosen);
        try {
            backup.restore();
        } finally {
            chosen.forEach(StreamingEventProcessor::start);
        }
        backup.drop();
    }

    /** Stopping one processor waits for its worker to finish its batch: stop them all at once. */
    private static void stop(List<StreamingEventProcessor> chosen) {
        CompletableFuture.allOf(chosen.stream().map(StreamingEventProcessor::shutdownAsync)
                .toArray(CompletableFuture[]::new)).join();
    }
}
