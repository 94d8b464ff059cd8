package se.planledger.command.api;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import se.planledger.domain.rejection.AlreadyExists;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.UUID;

/**
 * Sends a command with the metadata every event must carry: who issued it and the command id (the client's
 * Idempotency-Key when given). Events inherit both through the correlation data providers.
 */
@Component
public class LedgerCommands {

    public static final String ISSUED_BY = "issuedBy";
    public static final String COMMAND_ID = "commandId";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CommandGateway gateway;

    public LedgerCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Object command) {
        return sendAs(command, currentUser(), currentCommandId());
    }

    /** For senders outside a web request (the demo-data loader, imports run as jobs). */
    public <R> R sendAs(Object command, String issuedBy, String commandId) {
        MetaData metaData = MetaData.with(ISSUED_BY, issuedBy).and(COMMAND_ID, commandId);
        try {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        } catch (RuntimeException e) {
            if (causeIsStreamCreation(e)) {
                throw alreadyExists(command);
            }
            throw e;
        }
    }

    /** The event store refused a second stream under the same id: the command's id is taken. */
    private static AlreadyExists alreadyExists(Object command) {
        RecordComponent id = Arrays.stream(command.getClass().getRecordComponents())
                .filter(c -> c.isAnnotationPresent(TargetAggregateIdentifier.class)
                        || c.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class))
                .findFirst().orElse(null);
        String field = id == null ? "id" : id.getName();
        Object value = null;
        try {
            value = id == null ? null : id.getAccessor().invoke(command);
        } catch (ReflectiveOperationException ignored) {
            // the message then names the field only
        }
        return new AlreadyExists(field, "the ledger already holds " + (value == null ? "this id" : "\"" + value + "\"")
                + "; choose another id, or change what is there");
    }

    private static boolean causeIsStreamCreation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AggregateStreamCreationException) {
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
