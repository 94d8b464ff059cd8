package se.planledger.ops.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.Configuration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.planledger.ops.jobs.Progress;
import se.planledger.ops.seal.ChainVerification;
import se.planledger.ops.seal.EventSeals;
import se.planledger.query.audit.AuditedReadModel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rebuilds every read model from the raw event stream, up to a recorded time, into a scratch in-memory database
 * (the projections' own tables are not touched), then asks the rebuilt and the live read models the same
 * questions and reports every difference. An auditor's check that the answers follow from the events alone.
 */
@Component
public class AuditReplay {

    private static final int BATCH = 500;

    private final EventStore eventStore;
    private final ApplicationContext context;
    private final Configuration axon;
    private final List<AuditedReadModel> readModels;
    private final PlatformTransactionManager transactions;
    private final ObjectMapper json;
    private final ProjectionCatchUp catchUp;
    private final Clock clock;
    private final EventSeals seals;

    public AuditReplay(EventStore eventStore, ApplicationContext context, Configuration axon,
                       List<AuditedReadModel> readModels, PlatformTransactionManager transactions, ObjectMapper json,
                       ProjectionCatchUp catchUp, Clock clock, EventSeals seals) {
        this.seals = seals;
        this.eventStore = eventStore;
        this.context = context;
        this.axon = axon;
        this.readModels = readModels;
        this.transactions = transactions;
        this.json = json;
        this.catchUp = catchUp;
        this.clock = clock;
    }

    /** @param planId limits the comparison to answers about one plan (keys "planId/..."); null for the whole ledger */
    public AuditReport run(Instant knownAt, String planId, Progress progress) {
        long started = clock.millis();
        catchUp.awaitHead(progress);
        // The replay trusts the stored events: where they are sealed, the chain must verify for it to mean anything.
        ChainVerification chain = seals.chainKept() ? seals.verify(null) : null;
        SingleConnectionDataSource scratch = scratchDatabase();
        try {
            long replayed = replayUpTo(knownAt, scratch, progress);
            List<AuditReport.ReadModelAudit> audits = new ArrayList<>();
            for (AuditedReadModel model : readModels) {
                JsonNode live = scoped(json.valueToTree(model.everythingKnownAt(knownAt)), planId);
                JsonNode rebuilt = scoped(SwitchableDataSource.using(scratch,
                        () -> json.valueToTree(model.everythingKnownAt(knownAt))), planId);
                List<AuditReport.Difference> differences = RecordDiff.between(live, rebuilt);
                audits.add(new AuditReport.ReadModelAudit(model.getClass().getSimpleName(), model.processingGroup(),
                        Math.max(answers(live, planId), answers(rebuilt, planId)), differences.size(), differences.stream().limit(100).toList()));
                progress.report("compared " + model.processingGroup(), audits.size(), readModels.size());
            }
            long total = audits.stream().mapToLong(AuditReport.ReadModelAudit::differences).sum();
            return new AuditReport(knownAt, planId, replayed, audits, total, clock.millis() - started, chain);
        } finally {
            scratch.destroy();
        }
    }

    private SingleConnectionDataSource scratchDatabase() {
        SingleConnectionDataSource scratch = new SingleConnectionDataSource("jdbc:h2:mem:audit-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
        Flyway.configure().dataSource(scratch).locations("classpath:db/migration").load().migrate();
        return scratch;
    }

    /**
     * Replays every event recorded by knownAt into the scratch database as it is read from the stream, a batch per
     * transaction, never holding more than a batch: a million events fit in the memory of a small node. Returns how
     * many were replayed.
     */
    private long replayUpTo(Instant knownAt, SingleConnectionDataSource scratch, Progress progress) {
        TrackingToken head = eventStore.createHeadToken();
        if (head == null) {
            return 0;
        }
        long last = head.position().orElse(0);
        List<AnnotationEventHandlerAdapter> projections = context.getBeansWithAnnotation(ProcessingGroup.class)
                .values().stream()
                .map(bean -> new AnnotationEventHandlerAdapter(bean, axon.parameterResolverFactory(),
                        axon.handlerDefinition(bean.getClass())))
                .toList();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        long replayed = 0;
        List<EventMessage<?>> batch = new ArrayList<>(BATCH);
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (true) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (!event.getTimestamp().isAfter(knownAt)) {
                    batch.add(event);
                }
                // By position, not covers(head): after a gap in the global index (a rejected append leaves one)
                // the events' tokens carry the gap, and a token with a gap never covers a head token without it.
                boolean atHead = event.trackingToken().position().orElse(0) >= last;
                if (batch.size() == BATCH || atHead) {
                    // The events are read from the ledger's database, the batch written into the scratch one.
                    SwitchableDataSource.using(scratch, () -> {
                        transaction.executeWithoutResult(status -> batch.forEach(e -> projections.forEach(p -> handle(p, e))));
                        return null;
                    });
                    replayed += batch.size();
                    batch.clear();
                    progress.report("replaying events", event.trackingToken().position().orElse(0), last);
                }
                if (atHead) {
                    return replayed;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event stream", e);
        }
    }

    private static void handle(AnnotationEventHandlerAdapter projection, EventMessage<?> event) {
        if (projection.canHandle(event)) {
            try {
                projection.handle(event);
            } catch (Exception e) {
                throw new IllegalStateException("replaying event " + event.getIdentifier() + " ("
                        + event.getPayloadType().getSimpleName() + ") failed", e);
            }
        }
    }

    /**
     * Keys of an object, entries of a list, one for any other answer given, none for an absent one. For one plan only
     * the keys about it count: an answer not keyed by plan says nothing about the plan, and is compared whole.
     */
    private static long answers(JsonNode answers, String planId) {
        if (answers == null || answers.isNull() || answers.isMissingNode() || planId != null && !answers.isObject()) {
            return 0;
        }
        return answers.isContainerNode() ? answers.size() : 1;
    }

    private static JsonNode scoped(JsonNode answers, String planId) {
        if (planId == null || !answers.isObject()) {
            return answers;
        }
        ObjectNode scoped = ((ObjectNode) answers).objectNode();
        answers.fields().forEachRemaining((Map.Entry<String, JsonNode> e) -> {
            if (e.getKey().startsWith(planId + "/")) {
                scoped.set(e.getKey(), e.getValue());
            }
        });
        return scoped;
    }
}
