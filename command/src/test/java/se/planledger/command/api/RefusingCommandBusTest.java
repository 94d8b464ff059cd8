package se.planledger.command.api;

import io.grpc.Status;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import se.planledger.domain.decision.Body;
import se.planledger.domain.plan.DraftPlan;
import se.planledger.domain.rejection.AlreadyExists;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan drafted under an id the ledger holds already is refused only when its first event is appended, after
 * the handler returned: the refusal must still leave the handling node as a {@link Refusal}, whichever event store
 * found it, or the sending node (across Axon Server) has nothing but a message and answers 500.
 */
class RefusingCommandBusTest {

    private static final DraftPlan DRAFT = new DraftPlan("rs-plan-2023-2025", "Plan 2023–2025", Body.RS, 2023, 2025);

    @Test
    void anIdTakenInTheJdbcEventStoreLeavesAsAlreadyExists() {
        Refusal refusal = refusalWhenAppendFails(() -> new AggregateStreamCreationException(
                "Cannot reuse aggregate identifier [rs-plan-2023-2025] to create aggregate [Plan]"));
        assertThat(refusal.toException()).isInstanceOf(AlreadyExists.class);
        assertThat(refusal.field()).isEqualTo("planId");
        assertThat(refusal.reason()).contains("\"rs-plan-2023-2025\"");
    }

    /** As Axon Server SE 4.6.11 answered, by hand: a gRPC status with its error code, no framework exception. */
    @Test
    void anIdTakenInAxonServerLeavesAsAlreadyExists() {
        Refusal refusal = refusalWhenAppendFails(() -> Status.OUT_OF_RANGE.withDescription(
                "[AXONIQ-2000] Invalid sequence number 0 for aggregate rs-plan-2023-2025, expected 1").asRuntimeException());
        assertThat(refusal.toException()).isInstanceOf(AlreadyExists.class);
        assertThat(refusal.field()).isEqualTo("planId");
    }

    @Test
    void aLaterSequenceNumberTakenInAxonServerLeavesAsAConflictToRetry() {
        Refusal refusal = refusalWhenAppendFails(() -> Status.OUT_OF_RANGE.withDescription(
                "[AXONIQ-2000] Invalid sequence number 7 for aggregate rs-plan-2023-2025, expected 8").asRuntimeException());
        assertThat(refusal.kind()).isEqualTo(Refusal.CONFLICT);
    }

    /** The handler succeeds; the failure comes when the unit of work commits, as an event store's append does. */
    private static Refusal refusalWhenAppendFails(Supplier<RuntimeException> appendFailure) {
        SimpleCommandBus bus = new RefusingCommandBus(SimpleCommandBus.builder());
        bus.subscribe(DraftPlan.class.getName(), command -> {
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> {
                throw appendFailure.get();
            });
            return null;
        });
        CompletableFuture<CommandResultMessage<?>> answer = new CompletableFuture<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage(DRAFT), (command, result) -> answer.complete(result));
        Throwable failure = answer.join().exceptionResult();
        assertThat(failure).isInstanceOf(CommandExecutionException.class);
        return ((CommandExecutionException) failure).<Refusal>getDetails().orElseThrow();
    }
}
