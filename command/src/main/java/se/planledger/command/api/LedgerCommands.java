package se.planledger.command.api;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import se.planledger.domain.decision.MetaDataKeys;

import java.util.UUID;

/**
 * Sends a command with the metadata every event must carry: who issued it (the signed-in user) and the command id
 * (the client's Idempotency-Key when given). Events inherit both through the correlation data providers. A
 * request's command is first put to the {@link SenderCheck}s. A refusal raised where the command was handled, on
 * this node or another, arrives as its {@link Refusal} ({@link RefusingCommandBus}) and is thrown here as the same
 * refusal.
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
                    .map(Refusal::toException).orElse(e);
        }
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
