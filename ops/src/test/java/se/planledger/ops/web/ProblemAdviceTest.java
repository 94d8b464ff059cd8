package se.planledger.ops.web;

import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.axonserver.connector.command.AxonServerCommandDispatchException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A database or Axon Server out of reach is a 503 to retry, not a 500: nothing was recorded. */
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
    void anAxonServerOutOfReachIsUnavailable() {
        var noConnection = advice.unexpected(new AxonServerException(ErrorCode.CONNECTION_FAILED.errorCode(),
                "no connection to Axon Server"));
        var noNode = advice.unexpected(new CommandExecutionException("dispatch failed",
                new AxonServerCommandDispatchException(ErrorCode.COMMAND_DISPATCH_ERROR.errorCode(), "no channel", null)));

        assertThat(noConnection.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(noConnection.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(noNode.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void anAxonServerThatRefusesOtherwiseIsAnInternalError() {
        var answer = advice.unexpected(new AxonServerException(ErrorCode.AUTHENTICATION_INVALID_TOKEN.errorCode(),
                "invalid token"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @Test
    void anyOtherFailureIsAnInternalErrorWithAnIncident() {
        var answer = advice.unexpected(new IllegalStateException("a bug"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(answer.getBody().getProperties()).containsKey("incident");
    }
}
