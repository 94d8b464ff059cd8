package se.planledger.command.api;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import se.planledger.domain.decision.MetaDataKeys;
import se.planledger.domain.rejection.AlreadyExists;
import se.planledger.domain.rejection.UnknownItem;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.UUID;

/**
 * Sends a command with the metadata every event must carry: who issued it (the signed-in user) and the command id
 * (the client's Idempotency-Key when given). Events inherit both through the correlation data providers. A
 * request's command is first put to the {@link SenderCheck}s.
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
        } catch (RuntimeException e) {
            if (causeIs(e, AggregateStreamCreationException.class)) {
                throw new AlreadyExists(targetField(command), "the ledger already holds " + target(command)
                        + "; choose another id, or change what is there");
            }
            if (causeIs(e, AggregateNotFoundException.class)) {
                throw new UnknownItem(targetField(command), "the ledger holds nothing with id " + target(command));
            }
            throw e;
        }
    }

    /** The name of the command's field that says which aggregate it is for ("planId", "tableId"). */
    private static String targetField(Object command) {
        RecordComponent target = targetComponent(command);
        return target == null ? "id" : target.getName();
    }

    private static String target(Object command) {
        RecordComponent target = targetComponent(command);
        try {
            return target == null ? "this id" : "\"" + target.getAccessor().invoke(command) + "\"";
        } catch (ReflectiveOperationException e) {
            return "this id";
        }
    }

    private static RecordComponent targetComponent(Object command) {
        if (!command.getClass().isRecord()) {
            return null;
        }
        return Arrays.stream(command.getClass().getRecordComponents())
                .filter(c -> c.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class))
                .findFirst().orElse(null);
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
