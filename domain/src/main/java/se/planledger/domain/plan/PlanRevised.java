package se.planledger.domain.plan;

import se.planledger.domain.decision.Decided;
import se.planledger.domain.decision.Decision;

/**
 * A drafted revision of the plan was decided: that version is in force from the decision's effective date, which is
 * never before the version it revises. Applied when {@link RevisePlan} is accepted; the draft is closed.
 * {@code version} is the version decided; {@code decision} who decided it, under which reference and when.
 */
public record PlanRevised(String planId, int version, Decision decision) implements PlanEvent, Decided {

    @Override
    public String subject() {
        return "plan " + planId + " version " + version;
    }
}
