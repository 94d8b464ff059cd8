package se.planledger.command.api;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import se.planledger.domain.decision.MetaDataKeys;
import se.planledger.domain.followup.FollowUpCommand;
import se.planledger.domain.rejection.AlreadyExists;

import java.util.UUID;

/**
 * Sends a command with the metadata every event must carry: who issued it (the signed-in user) and the command id
 * (the client's Idempotency-Key when given). Events inherit both through the correlation data providers. A
 * request's command is first put to the {@link SenderCheck}s. A refusal raised where the command was handled, on
 * this node or another, arrives as its {@link Refusal} and is thrown here as the same refusal.
 */
@Component
public class LedgerCommands {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CommandGateway gateway;
    private final ObjectProvider<SenderCheck> checks;

    public LedgerCommands(CommandGateway gateway, ObjectProvider<SenderCheck> checks) {
        this.gateway = gateway;
        this.checks = checks;
    }

    /** For a web request's command: checked against what its sender may send, then sent as that user. */
    public <R> R send(Object command) {
        checks.orderedStream().forEach(check -> check.check(command));
        return sendAs(command, currentUser(), currentCommandId());
    }

    /** For senders outside a web request (the demo-data loader, imports run as jobs). */
    public <R> R sendAs(Object command, String issuedBy, String commandId) {
        MetaData metaData = MetaData.with(MetaDataKeys.ISSUED_BY, issuedBy).and(MetaDataKeys.COMMAND_ID, commandId);
        try {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        } catch (CommandExecutionException e) {
            throw e.<Object>getDetails().filter(Refusal.class::isInstance).map(Refusal.class::cast)
                    .<RuntimeException>map(Refusal::toRejection).orElse(e);
        } catch (RuntimeException e) {
            // A second writer of the same new id finds out only when its events are appended, after its handler.
            // An outcome's series is created by its first outcome: there, two first outcomes at once are a conflict
            // to retry, not an id to choose again.
            if (causeIs(e, AggregateStreamCreationException.class) && command instanceof FollowUpCommand) {
                throw new ConcurrencyException("another outcome of this indicator and unit was recorded at the same "
                        + "moment; send it again");
            }
            if (causeIs(e, AggregateStreamCreationException.class)) {
                throw new AlreadyExists(CommandTarget.field(command), "the ledger already holds "
                        + CommandTarget.id(command) + "; choose another id, or change what is there");
            }
            throw e;
        }
    }

    private static boolean causeIs(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String currentUser() {
        HttpServletRequest request = currentRequest();
        return request == null || request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser();
    }

    private static String currentCommandId() {
        HttpServletRequest request = currentRequest();
        String key = request == null ? null : request.getHeader(IDEMPOTENCY_KEY);
        return key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
