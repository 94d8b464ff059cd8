package se.planledger.command.api;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
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
