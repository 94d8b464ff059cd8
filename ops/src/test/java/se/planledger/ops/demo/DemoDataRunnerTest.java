package se.planledger.ops.demo;

import io.grpc.Status;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A first start while Axon Server is not up yet: the demo data's look into the event store fails as the connector
 * failed by hand (Axon Server SE 4.6.11 stopped). The start waits and loads once it answers, instead of exiting.
 */
class DemoDataRunnerTest {

    @Test
    void anAxonServerNotYetUpIsWaitedFor() {
        SetBehindAxonServer set = new SetBehindAxonServer(3, new EventStoreException(
                "io.grpc.StatusRuntimeException: UNAVAILABLE", Status.UNAVAILABLE.asRuntimeException()));

        new DemoDataRunner(List.of(set), Duration.ofMillis(10), "localhost:8124").run(null);

        assertThat(set.looks.get()).isEqualTo(4);
        assertThat(set.loads.get()).isEqualTo(1);
    }

    @Test
    void anyOtherFailureStillStopsTheStart() {
        SetBehindAxonServer set = new SetBehindAxonServer(1, new IllegalStateException("a bug"));

        assertThatThrownBy(() -> new DemoDataRunner(List.of(set), Duration.ofMillis(10), "localhost:8124").run(null))
                .hasMessage("a bug");
        assertThat(set.loads.get()).isZero();
    }

    /** Fails its first {@code failures} looks, then finds nothing loaded. */
    private static final class SetBehindAxonServer implements DemoDataSet {
        private final int failures;
        private final RuntimeException failure;
        final AtomicInteger looks = new AtomicInteger();
        final AtomicInteger loads = new AtomicInteger();

        SetBehindAxonServer(int failures, RuntimeException failure) {
            this.failures = failures;
            this.failure = failure;
        }

        @Override
        public String name() {
            return "a set";
        }

        @Override
        public boolean alreadyLoaded() {
            if (looks.incrementAndGet() <= failures) {
                throw failure;
            }
            return false;
        }

        @Override
        public void load(Progress progress) {
            loads.incrementAndGet();
        }
    }
}
