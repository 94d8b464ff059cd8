package se.planledger.command.api;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import se.planledger.domain.limits.InputLimits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Applies {@link InputLimits} to every command on the bus, whoever sends it (the REST API, an import, the demo
 * loader), before its handler runs: a command outside what storage keeps is refused and leaves no event.
 */
@Component
public class CommandLimitsCheck implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final Clock clock;

    public CommandLimitsCheck(CommandBus commandBus, Clock clock) {
        this.clock = clock;
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        InputLimits.check(unitOfWork.getMessage().getPayload(), LocalDate.now(clock.withZone(SWEDEN)));
        return chain.proceed();
    }
}
