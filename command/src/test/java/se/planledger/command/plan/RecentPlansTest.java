package se.planledger.command.plan;

import org.axonframework.common.lock.NullLockFactory;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.planledger.domain.plan.PlanItemAdded;
import se.planledger.domain.plan.PlanItemRevised;
import se.planledger.domain.rejection.UnknownItem;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static se.planledger.command.plan.PlanTest.DRAFTED;
import static se.planledger.command.plan.PlanTest.FACTOR_ADDED;
import static se.planledger.command.plan.PlanTest.GOAL_ADDED;
import static se.planledger.command.plan.PlanTest.PLAN;
import static se.planledger.command.plan.PlanTest.indicator;

/**
 * The plans the follow-up keeps: a plan is read once while its stream has no newer event, read again as soon as it
 * has one (appended on any node), and an unknown plan is refused as before.
 */
class RecentPlansTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final Repository<Plan> reader = spy(EventSourcingRepository.builder(Plan.class)
            .eventStore(store).lockFactory(NullLockFactory.INSTANCE).build());
    private final RecentPlans plans = new RecentPlans(store, reader);
    private long sequence;

    @AfterEach
    void stop() {
        store.shutDown();
    }

    @Test
    void aPlanIsReadOnceWhileItHasNoNewerEventAndAgainWhenItHas() {
        append(DRAFTED, GOAL_ADDED, FACTOR_ADDED, new PlanItemAdded(PLAN, 1, "G1.F1.I1", 1, "G1.F1", indicator("Öka")));

        assertThat(find("G1.F1.I1").indicator().targets().get(2023).text()).isEqualTo("Öka");
        assertThat(find("G1.F1.I1").indicator().targets().get(2023).text()).isEqualTo("Öka");
        verify(reader, times(1)).load(PLAN);

        append(new PlanItemRevised(PLAN, 1, "G1.F1.I1", 2, indicator("Öka 5 %")));

        assertThat(find("G1.F1.I1").indicator().targets().get(2023).text()).isEqualTo("Öka 5 %");
        verify(reader, times(2)).load(PLAN);
    }

    @Test
    void anUnknownPlanOrIndicatorIsRefusedAsBefore() {
        assertThatThrownBy(() -> find("G1.F1.I1")).isInstanceOf(AggregateNotFoundException.class);
        append(DRAFTED);
        assertThatThrownBy(() -> find("G1.F1.I9")).isInstanceOf(UnknownItem.class).hasMessageContaining("G1.F1.I9");
    }

    private PlannedIndicator find(String indicatorId) {
        var result = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> plans.find(PLAN, indicatorId, "Hela regionen"));
        if (result.isExceptional()) {
            throw (RuntimeException) result.exceptionResult();
        }
        return result.getPayload();
    }

    private void append(Object... events) {
        for (Object event : events) {
            store.publish(new GenericDomainEventMessage<>("Plan", PLAN, sequence++, event));
        }
    }
}
