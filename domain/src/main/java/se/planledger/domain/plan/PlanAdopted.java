package se.planledger.domain.plan;

import se.planledger.domain.decision.Decided;
import se.planledger.domain.decision.Decision;

/**
 * The plan's first version was adopted by a decision and is in force from the decision's effective date. Applied
 * when {@link AdoptPlan} is accepted, once per plan; the draft is closed. {@code version} is the version adopted
 * (1); {@code decision} who decided it, under which reference and when.
 */
public record PlanAdopted(String planId, int version, Decision decision) implements PlanEvent, Decided {

    @Override
    public String subject() {
        return "plan " + planId + " version " + version;
    }
}
