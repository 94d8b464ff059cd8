package se.planledger.command.followup;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Outcome series are loaded from their events alone. A series holds a few reports a year and is never snapshotted,
 * yet the event store's default read asks for its snapshot first: one more round trip in every outcome command,
 * always answered with none. Reading the stream from its first event skips that question.
 */
@Configuration
public class SeriesRepository {

    @Bean
    public EventSourcingRepository<OutcomeSeries> outcomeSeriesRepository(EventStore eventStore) {
        return new FromFirstEvent(EventSourcingRepository.builder(OutcomeSeries.class).eventStore(eventStore),
                eventStore);
    }

    /** A repository that reads a stream from its first event, never from a snapshot. */
    private static final class FromFirstEvent extends EventSourcingRepository<OutcomeSeries> {

        private final EventStore events;

        FromFirstEvent(EventSourcingRepository.Builder<OutcomeSeries> builder, EventStore events) {
            super(builder);
            this.events = events;
        }

        @Override
        protected DomainEventStream readEvents(String seriesId) {
            return events.readEvents(seriesId, 0);
        }
    }
}
