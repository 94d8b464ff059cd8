package se.planledger.ops.health;

import io.grpc.Status.Code;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import se.planledger.ops.audit.ProjectionCatchUp;
import se.planledger.ops.audit.TokenPositions;
import se.planledger.ops.nodes.GroupPauses;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * With Axon Server stopped, health asked for the newest event and failed: the load balancer got a 503 problem
 * document, not the health answer it reads. It must say DOWN, and why.
 */
class ProjectionHealthTest {

    @Test
    void anEventStoreOutOfReachIsDownNamingIt() {
        ProjectionCatchUp processors = mock(ProjectionCatchUp.class);
        when(processors.streamingProcessors()).thenReturn(List.of());
        // As the connector answered with Axon Server SE 4.6.11 stopped.
        when(processors.headPosition()).thenThrow(new EventStoreException("io.grpc.StatusRuntimeException: UNAVAILABLE",
                io.grpc.Status.fromCode(Code.UNAVAILABLE).asRuntimeException()));
        ProjectionHealth health = new ProjectionHealth(processors, mock(ProjectionFailures.class),
                mock(TokenPositions.class), mock(GroupPauses.class), 1000);

        Health answer = health.health();

        assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
        assertThat(answer.getDetails().get("eventStore").toString()).contains("UNAVAILABLE");
    }
}
