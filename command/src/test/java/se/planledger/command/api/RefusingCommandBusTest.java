package se.planledger.command.api;

import io.grpc.Status;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import se.planledger.domain.decision.Body;
import se.planledger.domain.followup.RecordOutcome;
import se.planledger.domain.plan.DraftPlan;
import se.planledger.domain.plan.ReportingPeriod;
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

    /** An outcome's series is created by its first outcome: two first outcomes at once are a conflict to retry. */
    @Test
    void aSeriesCreatedTwiceAtOnceLeavesAsAConflictToRetry() {
        RecordOutcome first = new RecordOutcome("lsv1-plan-2022", "G1.F1.I1", "Länssjukvård 1", 2022,
                ReportingPeriod.DA08, null, null, "Datalager", null);
        Refusal refusal = refusalWhenAppendFails(first, () -> new AggregateStreamCreationException(
                "Cannot reuse aggregate identifier [lsv1-plan-2022/G1.F1.I1/Länssjukvård 1] to create aggregate"));
        assertThat(refusal.toException()).isInstanceOf(ConcurrencyException.class);
    }

    /** The handler succeeds; the failure comes when the unit of work commits, as an event store's append does. */
    private static Refusal refusalWhenAppendFails(Supplier<RuntimeException> appendFailure) {
        return refusalWhenAppendFails(DRAFT, appendFailure);
    }

    private static Refusal refusalWhenAppendFails(Object sent, Supplier<RuntimeException> appendFailure) {
        SimpleCommandBus bus = new RefusingCommandBus(SimpleCommandBus.builder());
        bus.subscribe(sent.getClass().getName(), command -> {
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> {
                throw appendFailure.get();
            });
            return null;
        });
        CompletableFuture<CommandResultMessage<?>> answer = new CompletableFuture<>();
        bus.dispatch(GenericCommandMessage.asCommandMessage(sent), (command, result) -> answer.complete(result));
        Throwable failure = answer.join().exceptionResult();
        assertThat(failure).isInstanceOf(CommandExecutionException.class);
        return ((CommandExecutionException) failure).<Refusal>getDetails().orElseThrow();
    }
}
