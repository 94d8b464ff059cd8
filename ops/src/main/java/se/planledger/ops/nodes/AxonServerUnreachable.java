package se.planledger.ops.nodes;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.axonserver.connector.command.AxonServerCommandDispatchException;

import java.util.Set;

/**
 * With the {@code axonserver} profile commands and events pass through Axon Server: when the connector cannot reach
 * it (no connection, no node to handle the command, no event store leader), nothing was recorded and a retry may
 * succeed, as with an unreachable database. The framework's and the connector library's exceptions carry the same
 * error codes ("AXONIQ-…").
 */
public final class AxonServerUnreachable {

    private static final Set<ErrorCode> UNREACHABLE = Set.of(ErrorCode.CONNECTION_FAILED,
            ErrorCode.COMMAND_DISPATCH_ERROR, ErrorCode.NO_HANDLER_FOR_COMMAND, ErrorCode.NO_EVENT_STORE_MASTER_AVAILABLE,
            ErrorCode.QUERY_DISPATCH_ERROR);
    private static final Set<Status.Code> UNAVAILABLE = Set.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED);

    private AxonServerUnreachable() {
    }

    public static boolean causes(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StatusRuntimeException grpc && UNAVAILABLE.contains(grpc.getStatus().getCode())) {
                return true;
            }
            String code = codeOf(t);
            if (code != null && UNREACHABLE.contains(ErrorCode.getFromCode(code))) {
                return true;
            }
        }
        return false;
    }

    private static String codeOf(Throwable t) {
        if (t instanceof AxonServerException server) {
            return server.code();
        }
        if (t instanceof AxonServerCommandDispatchException dispatch) {
            return dispatch.getErrorCode();
        }
        if (t instanceof io.axoniq.axonserver.connector.AxonServerException connector) {
            return connector.getErrorCategory().errorCode();
        }
        return null;
    }
}
