package se.planledger.query.plan;

import se.planledger.query.diff.FieldChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One revision in an item's history: what changed field by field, in which plan version, under which decision
 * (empty while that version is a draft), in force from when, and who recorded it when.
 */
public record PlanItemChangeView(long revision, int planVersion, LocalDate validFrom, Instant recordedAt,
                                 String recordedBy, boolean retired, String retiredFor, Decision decision,
                                 List<FieldChange> changes) {

    public record Decision(String body, String reference, LocalDate decisionDate, LocalDate effectiveDate,
                           Instant recordedAt, String recordedBy) {

        static Decision of(PlanVersionView version) {
            return version == null || !version.decided() ? null : new Decision(version.body(), version.reference(),
                    version.decisionDate(), version.effectiveDate(), version.decidedAt(), version.decidedBy());
        }
    }
}
