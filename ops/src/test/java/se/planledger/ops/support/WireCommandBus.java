package se.planledger.ops.support;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.CommandSerializer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.distributed.CommandBusConnector;
import org.axonframework.commandhandling.distributed.CommandMessageFilter;
import org.axonframework.commandhandling.distributed.CommandRouter;
import org.axonframework.commandhandling.distributed.DistributedCommandBus;
import org.axonframework.commandhandling.distributed.Member;
import org.axonframework.commandhandling.distributed.SimpleMember;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.util.Optional;

/**
 * A command bus that carries every command and its answer as Axon Server does between nodes, without Axon Server:
 * through Axon Server's own {@link CommandSerializer}, into its wire messages and back. A result or an exception
 * arrives as it would from another node: an exception as a CommandExecutionException with its message, error code
 * and serialized details, its cause and class left behind. Deliberately not a {@code @Configuration}: it is added
 * only to the contexts that ask for it ({@link LedgerNode#start}), never found by the application's scan.
 */
public class WireCommandBus {

    /** The one bean the gateway and the aggregates use; the handlers run on Axon's local segment, as with Axon Server. */
    @Bean
    @Primary
    public DistributedCommandBus commandBusAcrossTheWire(@Qualifier("localSegment") CommandBus localSegment,
                                                @Qualifier("messageSerializer") Serializer serializer) {
        Member other = new SimpleMember<>("other-node", "in-jvm", SimpleMember.REMOTE_MEMBER, member -> { });
        CommandRouter toTheOtherNode = new CommandRouter() {
            @Override
            public Optional<Member> findDestination(CommandMessage<?> command) {
                return Optional.of(other);
            }

            @Override
            public void updateMembership(int loadFactor, CommandMessageFilter filter) {
            }
        };
        return DistributedCommandBus.builder().commandRouter(toTheOtherNode)
                .connector(new Wire(localSegment, new CommandSerializer(serializer, new AxonServerConfiguration())))
                .build();
    }

    private record Wire(CommandBus local, CommandSerializer wire) implements CommandBusConnector {

        @Override
        public <C> void send(Member destination, CommandMessage<? extends C> command) {
            local.dispatch(wire.deserialize(wire.serialize(command, "this-node", 0)));
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public <C, R> void send(Member destination, CommandMessage<C> command, CommandCallback<? super C, R> callback) {
            CommandMessage arrived = wire.deserialize(wire.serialize(command, "this-node", 0));
            local.dispatch(arrived, (CommandCallback) (message, result) -> {
                CommandResultMessage<R> answer = wire.deserialize(
                        wire.serialize((CommandResultMessage<?>) result, command.getIdentifier()));
                callback.onResult(command, answer);
            });
        }

        @Override
        public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
            return local.subscribe(commandName, handler);
        }

        @Override
        public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
            return local.registerHandlerInterceptor(interceptor);
        }

        @Override
        public Optional<CommandBus> localSegment() {
            return Optional.of(local);
        }
    }
}
