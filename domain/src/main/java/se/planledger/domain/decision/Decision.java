package se.planledger.domain.decision;

import se.planledger.domain.rejection.InvalidInput;

import java.time.LocalDate;

/**
 * A decision that puts something in force: who decided, under which reference (e.g. "Dnr 1043-2022"),
 * when it was decided and from when it applies. The reference and the decision date may be unknown (null) for a
 * decision transcribed from a document that does not state them; they are then shown as not stated, never
 * guessed, and no placeholder text stands where a reference would be.
 */
public record Decision(Body body, String reference, LocalDate decisionDate, LocalDate effectiveDate) {

    /**
     * The decision a command must give, validated; refused, naming the field {@code decision}, when there is none.
     * Adopting a plan, deciding a framework table and adopting an internal-control plan all ask for it alike.
     */
    public static Decision required(Decision decision) {
        if (decision == null) {
            throw new InvalidInput("decision", "a decision is required: the deciding body and the effective date, with "
                    + "its reference and decision date where the source states them");
        }
        return decision.validated();
    }

    /** Rejects a decision that cannot be traced: every field is needed by auditors. */
    public Decision validated() {
        if (body == null) {
            throw new InvalidInput("decision.body", "the deciding body is required (RF, RS, RUN, PN or RD)");
        }
        if (reference != null && reference.isBlank()) {
            throw new InvalidInput("decision.reference", "a decision's reference, e.g. \"Dnr 1043-2022\", or none "
                    + "when the source does not state it; not a blank");
        }
        if (effectiveDate == null) {
            throw new InvalidInput("decision.effectiveDate", "the effective date is required");
        }
        return this;
    }
}
