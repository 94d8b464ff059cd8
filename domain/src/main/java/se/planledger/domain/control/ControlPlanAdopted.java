package se.planledger.domain.control;

import se.planledger.domain.decision.Decided;
import se.planledger.domain.decision.Decision;

import java.util.List;

public record ControlPlanAdopted(String planId, String board, int year, List<ControlPoint> points, Decision decision)
        implements Decided {

    @Override
    public String subject() {
        return "internal-control plan " + planId + " (" + board + " " + year + ")";
    }
}
