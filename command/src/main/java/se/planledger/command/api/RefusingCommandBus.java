package se.planledger.command.api;

import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import se.planledger.domain.followup.FollowUpCommand;
import se.planledger.domain.rejection.AlreadyExists;
import se.planledger.domain.rejection.Rejection;
import se.planledger.domain.rejection.UnknownItem;

/**
 * The bus on which the node's command handlers run (Axon's local segment, the only bus in JDBC mode): where a
 * command is handled, a refusal leaves as a CommandExecutionException whose details are the {@link Refusal}. A
 * command bus between nodes (Axon Server) carries an exception's message and details, not its cause, and
 * {@link LedgerCommands} turns the details back into the refusal. Translated here, once the unit of work has ended,
 * rather than in a handler interceptor: a new id that exists already, and a concurrent change, are found only when
 * the events are appended, after the handler and every interceptor have returned. Refusals of handler interceptors
 * ({@link CommandLimitsCheck}) travel the same way.
 */
public class RefusingCommandBus extends SimpleCommandBus {

    /** Axon Server's error code for an append whose sequence number another append took (ErrorCode.INVALID_EVENT_SEQUENCE). */
    private static final String AXON_SERVER_SEQUENCE_TAKEN = "[AXONIQ-2000]";

    public RefusingCommandBus(Builder builder) {
        super(builder);
    }

    @Override
    protected <C, R> void handle(CommandMessage<C> command, MessageHandler<? super CommandMessage<?>> handler,
                                 CommandCallback<? super C, ? super R> callback) {
        super.handle(command, handler, (CommandCallback<C, R>) (message, result) -> callback.onResult(message,
                result.isExceptional() ? GenericCommandResultMessage.asCommandResultMessage(
                        travelling(command.getPayload(), result.exceptionResult())) : result));
    }

    static Throwable travelling(Object command, Throwable failure) {
        if (failure instanceof CommandExecutionException e && e.getDetails().filter(Refusal.class::isInstance).isPresent()) {
            return failure;
        }
        Refusal refusal = refusalOf(command, failure);
        return refusal == null ? failure : new CommandExecutionException(refusal.reason(), null, refusal);
    }

    private static Refusal refusalOf(Object command, Throwable failure) {
        if (failure instanceof Rejection rejection) {
            return Refusal.of(rejection);
        }
        if (failure instanceof AggregateNotFoundException) {
            return Refusal.of(new UnknownItem(CommandTarget.field(command),
                    "the ledger holds nothing with id " + CommandTarget.id(command)));
        }
        // A second writer of the same new id finds out only when its events are appended. An outcome's series is
        // created by its first outcome: there, two first outcomes at once are a conflict to retry, not an id to
        // choose again.
        if (streamExists(failure) && command instanceof FollowUpCommand) {
            return Refusal.conflict("another outcome of this indicator and unit was recorded at the same moment; "
                    + "send it again");
        }
        if (streamExists(failure)) {
            return Refusal.of(new AlreadyExists(CommandTarget.field(command), "the ledger already holds "
                    + CommandTarget.id(command) + "; choose another id, or change what is there"));
        }
        if (causeIs(failure, ConcurrencyException.class) || messageHas(failure, AXON_SERVER_SEQUENCE_TAKEN)) {
            return Refusal.conflict(failure.getMessage());
        }
        return null;
    }

    /**
     * The aggregate's first event found its sequence number taken: the JDBC store says so with an
     * AggregateStreamCreationException; Axon Server answers every taken sequence number with its error code (a gRPC
     * status, "[AXONIQ-2000] Invalid sequence number 0 for aggregate …, expected 1"), number 0 being the first.
     */
    private static boolean streamExists(Throwable failure) {
        return causeIs(failure, AggregateStreamCreationException.class)
                || messageHas(failure, AXON_SERVER_SEQUENCE_TAKEN + " Invalid sequence number 0 ");
    }

    private static boolean messageHas(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean causeIs(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
