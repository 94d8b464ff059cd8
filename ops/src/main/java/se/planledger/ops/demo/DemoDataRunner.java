package se.planledger.ops.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.planledger.ops.nodes.AxonServerUnreachable;

import java.time.Duration;
import java.util.List;

/**
 * Loads each demo data set once, on the first start against an empty ledger. With the {@code axonserver} profile an
 * Axon Server not yet reachable is waited for, saying so in the log every {@code ledger.demo-data.retry-interval}:
 * the start goes on once it answers, rather than exiting on the first look into the event store.
 */
@Component
@Order(0) // before the ops command line, which may verify what was just loaded
@ConditionalOnProperty(name = "ledger.demo-data.enabled", havingValue = "true")
public class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoDataSet> sets;
    private final Duration retryInterval;
    private final String servers;

    public DemoDataRunner(List<DemoDataSet> sets,
                          @Value("${ledger.demo-data.retry-interval:5s}") Duration retryInterval,
                          @Value("${axon.axonserver.servers:localhost:8124}") String servers) {
        this.sets = sets;
        this.retryInterval = retryInterval;
        this.servers = servers;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoDataSet set : sets) {
            if (alreadyLoaded(set)) {
                log.info("Demo data '{}' is already in the ledger", set.name());
                continue;
            }
            log.info("Loading demo data '{}'", set.name());
            set.load((done, total) -> {
                if (done == total || done % 25 == 0) {
                    log.info("Demo data '{}': {} of {} commands", set.name(), done, total);
                }
            });
        }
    }

    /** Only the look is retried: a set cut off while loading is not sent again over what it recorded. */
    private boolean alreadyLoaded(DemoDataSet set) {
        while (true) {
            try {
                return set.alreadyLoaded();
            } catch (RuntimeException e) {
                if (!AxonServerUnreachable.causes(e)) {
                    throw e;
                }
                log.warn("Demo data '{}' waits for Axon Server, which cannot be reached at {} ({}); trying again in {} s",
                        set.name(), servers, e.getMessage(), retryInterval.toSeconds());
                sleep();
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(retryInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Axon Server", e);
        }
    }
}
