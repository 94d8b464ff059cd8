package se.planledger.ops.web;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A database that drops the connection is a 503 to retry, not a 500: nothing was recorded. */
class ProblemAdviceTest {

    private final ProblemAdvice advice = new ProblemAdvice();

    @Test
    void aConnectionTheServerTerminatedMidBatchIsUnavailableNotAnError() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO DomainEventEntry was aborted",
                null, 0, new int[0]);
        batch.setNextException(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));

        var answer = advice.unexpected(new EventStoreException("Cannot reuse aggregate identifier [p]", batch));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isNotBlank();
    }

    @Test
    void aBrokenConnectionIsUnavailable() {
        var answer = advice.unexpected(new IllegalStateException(new SQLException("An I/O error occurred", "08006")));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void anyOtherFailureIsAnInternalErrorWithAnIncident() {
        var answer = advice.unexpected(new IllegalStateException("a bug"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody().getProperties()).containsKey("incident");
    }
}
