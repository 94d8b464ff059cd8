package se.planledger.ops.storage;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.domain.plan.PlanDrafted;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event store as PostgreSQL holds it: conflicts are recognised, payloads are bytes, the API is documented. */
class EventStoreOnPostgresTest extends PostgresIntegrationTest {

    @Autowired
    EventStorageEngine storage;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aConcurrentAppendIsAConcurrencyConflictNotAStorageError() {
        String aggregate = "conflict-" + UUID.randomUUID();
        storage.appendEvents(List.of(event(aggregate, 0), event(aggregate, 1)));

        assertThatThrownBy(() -> storage.appendEvents(List.of(event(aggregate, 1))))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Long.class, aggregate)).isEqualTo(2);
    }

    @Test
    void payloadsAreStoredAsJsonBytesNotLargeObjects() {
        assertThat(jdbc.queryForObject("select data_type from information_schema.columns "
                + "where table_name = 'domainevententry' and column_name = 'payload'", String.class)).isEqualTo("bytea");
        assertThat(jdbc.queryForObject("select data_type from information_schema.columns "
                + "where table_name = 'tokenentry' and column_name = 'token'", String.class)).isEqualTo("bytea");
        String json = jdbc.queryForObject("select convert_from(payload, 'UTF8') from domainevententry "
                + "where payloadtype = ? limit 1", String.class, PlanDrafted.class.getName());
        assertThat(json).contains("\"planId\"");
    }

    @Test
    void theOpenApiDocumentDescribesTheTimeParameters() {
        JsonNode api = http.getForObject("/v3/api-docs", JsonNode.class);
        JsonNode parameters = api.path("paths").path("/api/v1/plans/{planId}").path("get").path("parameters");
        assertThat(parameters).extracting(p -> p.path("name").asText()).contains("asOf", "knownAt", "version");
        assertThat(http.getForEntity("/swagger-ui.html", String.class).getStatusCode().is2xxSuccessful()
                || http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode().is2xxSuccessful()).isTrue();
    }

    /** An event no projection handles, so the probe leaves the read models alone. */
    record ConflictProbed(String probe) {
    }

    private static GenericDomainEventMessage<ConflictProbed> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Probe", aggregate, sequence, new ConflictProbed(aggregate));
    }
}
