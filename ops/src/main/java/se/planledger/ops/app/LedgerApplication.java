package se.planledger.ops.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The planning ledger: write API, read API, projections and ops tasks in one process. */
@SpringBootApplication(scanBasePackages = "se.planledger")
public class LedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(LedgerApplication.class, args);
    }
}
