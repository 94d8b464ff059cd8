package se.planledger.query.decision;

import java.time.Instant;
import java.time.LocalDate;

/** One decision as the ledger recorded it: the event it came with, who recorded it and when. */
public record DecisionView(String reference, String body, LocalDate decisionDate, LocalDate effectiveDate,
                           String subject, String eventType, String eventId, Instant recordedAt, String recordedBy) {
}
