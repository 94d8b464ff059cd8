package se.planledger.command.followup;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

/** A series is loaded from its events without asking the store for a snapshot it never has. */
class SeriesRepositoryTest {

    private final InMemoryEventStorageEngine storage = spy(new InMemoryEventStorageEngine());
    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(storage).build();
    private final EventSourcingRepository<OutcomeSeries> series = new SeriesRepository().outcomeSeriesRepository(store);

    @AfterEach
    void stop() {
        store.shutDown();
    }

    @Test
    void aNewSeriesIsCreatedWithoutAskingForItsSnapshot() throws Exception {
        String id = OutcomeSeries.idOf("rs-plan-2023-2025", "G1.F1.I1", "Hela regionen");
        var result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() ->
                series.loadOrCreate(id, OutcomeSeries::new).identifierAsString());

        assertThat(result.isExceptional()).as("%s", result.optionalExceptionResult()).isFalse();
        verify(storage).readEvents(id, 0L);
        verify(storage, never()).readSnapshot(anyString());
    }
}
