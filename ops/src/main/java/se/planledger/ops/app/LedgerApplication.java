package se.planledger.ops.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The planning ledger: write API, read API, projections and ops tasks in one process. */
@SpringBootApplication(scanBasePackages = "se.planledger")
public class LedgerApplication {

    public static final String UPDATE_CHECKER_OFF = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        // A region's ledger does not report home: Axon's update checker would send usage data to AxonIQ.
        if (System.getProperty(UPDATE_CHECKER_OFF) == null) {
            System.setProperty(UPDATE_CHECKER_OFF, "true");
        }
        SpringApplication.run(LedgerApplication.class, args);
    }
}
