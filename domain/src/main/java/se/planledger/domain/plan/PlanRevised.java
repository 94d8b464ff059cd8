package se.planledger.domain.plan;

import se.planledger.domain.decision.Decided;
import se.planledger.domain.decision.Decision;

public record PlanRevised(String planId, int version, Decision decision) implements Decided {

    @Override
    public String subject() {
        return "plan " + planId + " version " + version;
    }
}
