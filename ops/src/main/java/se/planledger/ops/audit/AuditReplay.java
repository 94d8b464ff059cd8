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

    public AuditReplay(EventStore eventStore, ApplicationContext context, Configuration axon,
                       List<AuditedReadModel> readModels, PlatformTransactionManager transactions, ObjectMapper json,
                       ProjectionCatchUp catchUp, Clock clock) {
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
        List<EventMessage<?>> events = eventsUpTo(knownAt, progress);
        SingleConnectionDataSource scratch = scratchDatabase();
        try {
            replay(events, scratch, progress);
            List<AuditReport.ReadModelAudit> audits = new ArrayList<>();
            for (AuditedReadModel model : readModels) {
                JsonNode live = scoped(json.valueToTree(model.everythingKnownAt(knownAt)), planId);
                JsonNode rebuilt = scoped(SwitchableDataSource.using(scratch,
                        () -> json.valueToTree(model.everythingKnownAt(knownAt))), planId);
                List<AuditReport.Difference> differences = RecordDiff.between(live, rebuilt);
                audits.add(new AuditReport.ReadModelAudit(model.getClass().getSimpleName(), model.processingGroup(),
                        differences.size(), differences.stream().limit(100).toList()));
                progress.report("compared " + model.processingGroup(), audits.size(), readModels.size());
            }
            long total = audits.stream().mapToLong(AuditReport.ReadModelAudit::differences).sum();
            return new AuditReport(knownAt, planId, events.size(), audits, total, clock.millis() - started);
        } finally {
            scratch.destroy();
        }
    }

    private List<EventMessage<?>> eventsUpTo(Instant knownAt, Progress progress) {
        TrackingToken head = eventStore.createHeadToken();
        List<EventMessage<?>> events = new ArrayList<>();
        if (head == null) {
            return events;
        }
        long last = head.position().orElse(0);
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (true) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                if (!event.getTimestamp().isAfter(knownAt)) {
                    events.add(event);
                }
                if (events.size() % 1000 == 0) {
                    progress.report("reading events", events.size(), last);
                }
                // By position, not covers(head): after a gap in the global index (a rejected append leaves one)
                // the events' tokens carry the gap, and a token with a gap never covers a head token without it.
                if (event.trackingToken().position().orElse(0) >= last) {
                    return events;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the event stream", e);
        }
    }

    private SingleConnectionDataSource scratchDatabase() {
        SingleConnectionDataSource scratch = new SingleConnectionDataSource("jdbc:h2:mem:audit-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
        Flyway.configure().dataSource(scratch).locations("classpath:db/migration").load().migrate();
        return scratch;
    }

    private void replay(List<EventMessage<?>> events, SingleConnectionDataSource scratch, Progress progress) {
        List<AnnotationEventHandlerAdapter> projections = context.getBeansWithAnnotation(ProcessingGroup.class)
                .values().stream()
                .map(bean -> new AnnotationEventHandlerAdapter(bean, axon.parameterResolverFactory(),
                        axon.handlerDefinition(bean.getClass())))
                .toList();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        SwitchableDataSource.using(scratch, () -> {
            for (int from = 0; from < events.size(); from += BATCH) {
                List<EventMessage<?>> batch = events.subList(from, Math.min(events.size(), from + BATCH));
                transaction.executeWithoutResult(status -> batch.forEach(event -> projections.forEach(p -> handle(p, event))));
                progress.report("replaying events", Math.min(events.size(), from + BATCH), events.size());
            }
            return null;
        });
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
