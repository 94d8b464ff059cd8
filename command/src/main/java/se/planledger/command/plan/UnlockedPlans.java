package se.planledger.command.plan;

import org.axonframework.common.lock.NullLockFactory;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Plans as the follow-up reads them: loaded without taking the plan's lock. Recording an outcome only reads the
 * indicator as the plan holds it and writes to its own series; under the plan's lock (held to the end of the unit of
 * work) every outcome on a plan waited on this node for the one before it. The lock is this node's only, so another node never waited for it anyway: reading the plan as last
 * committed is what every node but this one already did. Never used to apply a plan's events: plan commands go
 * through {@code planRepository}, which locks.
 */
@Configuration
public class UnlockedPlans {

    @Bean
    public Repository<Plan> planReader(EventStore eventStore) {
        return EventSourcingRepository.builder(Plan.class)
                .eventStore(eventStore)
                .lockFactory(NullLockFactory.INSTANCE)
                .build();
    }

    /** The indicators as the follow-up reads them: from the plans read unlocked, kept while they are the latest. */
    @Bean
    public PlannedIndicators plannedIndicators(EventStore eventStore, @Qualifier("planReader") Repository<Plan> planReader) {
        return new RecentPlans(eventStore, planReader);
    }
}
