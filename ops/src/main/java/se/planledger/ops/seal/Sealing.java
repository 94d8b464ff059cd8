package se.planledger.ops.seal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Seals new events every second, so the chain follows the appends closely without touching the write path. The
 * seals read the JDBC event store's table: with Axon Server (profile {@code axonserver}) there is none to seal.
 */
@Component
@Profile("!axonserver")
@EnableScheduling
public class Sealing {

    private static final Logger log = LoggerFactory.getLogger(Sealing.class);

    private final EventSeals seals;

    public Sealing(EventSeals seals) {
        this.seals = seals;
    }

    @Scheduled(fixedDelay = 1000)
    public void sealNew() {
        try {
            seals.sealNew();
        } catch (DuplicateKeyException e) {
            log.debug("another node sealed the same events first; going on from its seals next time", e);
        }
    }
}
