package se.planledger.query.plan;

import java.time.Instant;
import java.time.LocalDate;

/** A plan version and the decision that put it in force (decision fields are empty while it is a draft). */
public record PlanVersionView(String planId, int version, Instant openedAt, String openedBy, String body,
                              String reference, LocalDate decisionDate, LocalDate effectiveDate, Instant decidedAt,
                              String decidedBy) {

    public boolean decided() {
        return decidedAt != null;
    }
}
