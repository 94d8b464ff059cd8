package se.planledger.command.api;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import se.planledger.domain.rejection.Rejection;
import se.planledger.domain.rejection.UnknownItem;

/**
 * Where a command is handled, a refusal leaves as a CommandExecutionException whose details are the
 * {@link Refusal}: a command bus between nodes carries an exception's message and details, not its cause, and
 * {@link LedgerCommands} turns the details back into the refusal. Registered before every other handler
 * interceptor, so refusals of those ({@link CommandLimitsCheck}) travel the same way.
 */
@Component
public class RefusalInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    public RefusalInterceptor(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (Rejection rejection) {
            throw travelling(rejection);
        } catch (AggregateNotFoundException e) {
            Object command = unitOfWork.getMessage().getPayload();
            throw travelling(new UnknownItem(CommandTarget.field(command),
                    "the ledger holds nothing with id " + CommandTarget.id(command)));
        }
    }

    private static CommandExecutionException travelling(Rejection rejection) {
        return new CommandExecutionException(rejection.reason(), null, Refusal.of(rejection));
    }
}
