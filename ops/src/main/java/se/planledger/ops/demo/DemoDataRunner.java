package se.planledger.ops.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/** Loads each demo data set once, on the first start against an empty ledger. */
@Component
@Order(0) // before the ops command line, which may verify what was just loaded
@ConditionalOnProperty(name = "ledger.demo-data.enabled", havingValue = "true")
public class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoDataSet> sets;

    public DemoDataRunner(List<DemoDataSet> sets) {
        this.sets = sets;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoDataSet set : sets) {
            if (set.alreadyLoaded()) {
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
}
