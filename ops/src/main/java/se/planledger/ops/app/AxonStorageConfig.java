package se.planledger.ops.app;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import se.planledger.command.api.RefusingCommandBus;
import se.planledger.ops.health.ProjectionFailures;
import se.planledger.ops.seal.SealedSnapshotStorage;
import se.planledger.ops.seal.SnapshotSeals;
import se.planledger.ops.nodes.LedgerNodes;
import se.planledger.domain.decision.MetaDataKeys;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

@Configuration
public class AxonStorageConfig {

    /**
     * A duplicate (aggregate id, sequence number) is a concurrent append. pgjdbc raises no integrity-violation
     * subclass, so the SQL state is what tells it apart; H2 uses the same state. Without this it would surface
     * as a generic EventStoreException instead of a ConcurrencyException (409). Only for the JDBC event store.
     */
    @Bean
    @Profile("!axonserver")
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /**
     * The bus the node's command handlers run on, built as Axon's auto-configuration builds its local segment (the
     * only bus in JDBC mode, the one Axon Server's bus hands incoming commands to), but whose refusals travel:
     * {@link RefusingCommandBus}.
     */
    @Bean
    @Qualifier("localSegment")
    public SimpleCommandBus commandBus(TransactionManager transactions, org.axonframework.config.Configuration axon,
                                       DuplicateCommandHandlerResolver duplicates) {
        SimpleCommandBus bus = new RefusingCommandBus(SimpleCommandBus.builder().transactionManager(transactions)
                .duplicateCommandHandlerResolver(duplicates).spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus")));
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return bus;
    }

    /**
     * The token table shared by every node. Each node claims segments under its own name ({@link LedgerNodes}): two
     * nodes under one name would take each other's claims.
     * A node that stops without releasing its claims (killed, cut off) leaves them to the others after
     * {@code axon.eventhandling.tokenstore.claim-timeout} (10 s by default).
     */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connections, @Qualifier("serializer") Serializer serializer,
                                 TokenStoreProperties properties, LedgerNodes nodes) {
        return JdbcTokenStore.builder().connectionProvider(connections).serializer(serializer)
                .claimTimeout(properties.getClaimTimeout()).nodeId(nodes.id()).build();
    }

    /** Every event carries who issued the command and its command id, copied from the command's metadata. */
    @Bean
    public CorrelationDataProvider issuerAndCommandId() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.ISSUED_BY, MetaDataKeys.COMMAND_ID);
    }

    @Bean
    public CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /**
     * Tracking processors for every projection, reading batches of 100: the default of 1 event per transaction
     * makes replays and rebuilds crawl. A projection that fails on an event stops there (Axon's default would log
     * and skip it, silently dropping an accepted write from every answer). The nodes share the groups' segments
     * ({@link se.planledger.ops.nodes.SegmentBalancer}); each node has a thread for each, so one node alone keeps up
     * with all; an idle thread looks for an unclaimed segment every {@code ledger.processors.token-claim-interval}.
     * One segment per group by default: segments keep the order of each aggregate's events only, and a projection
     * that reads rows another aggregate's events wrote needs all events in their order.
     */
    @Autowired
    public void processors(EventProcessingConfigurer processing, ProjectionFailures failures,
                           @Value("${ledger.processors.segments:1}") int segments,
                           @Value("${ledger.processors.token-claim-interval:5s}") Duration claimInterval) {
        processing.usingTrackingEventProcessors();
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> failures);
        processing.registerTrackingEventProcessorConfiguration(config ->
                TrackingEventProcessorConfiguration.forParallelProcessing(segments).andInitialSegmentsCount(segments)
                        .andBatchSize(100).andTokenClaimInterval(claimInterval.toMillis(), TimeUnit.MILLISECONDS));
    }

    /**
     * Axon's JDBC event store as its auto-configuration builds it, with sealed snapshots: a snapshot whose digest does
     * not match is not trusted (SnapshotSeals). Not with Axon Server, which stores the events itself.
     */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver resolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connections, TransactionManager transactions,
                                                 SnapshotSeals snapshotSeals) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(resolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter().combine(snapshotSeals))
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(new EventSchema()); // Axon's default names, as V1_1__event_store.sql creates them
        return new SealedSnapshotStorage(builder, snapshotSeals, transactions);
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
