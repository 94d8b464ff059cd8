package se.planledger.ops.web;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.decision.MetaDataKeys;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * A receipt for every command that took effect, committed with its events (the event store and this table share
 * the command's transaction): after a crash, whether a request was recorded is known for sure.
 */
@Component
public class CommandReceipts implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public CommandReceipts(CommandBus commandBus, JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        CommandMessage<?> command = unitOfWork.getMessage();
        Object issuedBy = command.getMetaData().get(MetaDataKeys.ISSUED_BY);
        Object commandId = command.getMetaData().get(MetaDataKeys.COMMAND_ID);
        if (issuedBy != null && commandId != null) {
            unitOfWork.onPrepareCommit(u -> jdbc.update("insert into command_receipt (issued_by, command_id, recorded_at) "
                            + "values (?, ?, ?) on conflict do nothing",
                    issuedBy.toString(), commandId.toString(), Timestamp.from(clock.instant())));
        }
        return result;
    }

    /** Whether a command sent by {@code issuedBy} under {@code commandId} was recorded. */
    public boolean recorded(String issuedBy, String commandId) {
        Integer count = jdbc.queryForObject("select count(*) from command_receipt where issued_by = ? and command_id = ?",
                Integer.class, issuedBy, commandId);
        return count != null && count > 0;
    }
}
