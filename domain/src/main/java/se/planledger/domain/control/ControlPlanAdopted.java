package se.planledger.domain.control;

import se.planledger.domain.decision.Decided;
import se.planledger.domain.decision.Decision;

import java.util.List;

/**
 * A board's internal-control plan for a year was adopted by a decision, with its control points. Applied when
 * {@link AdoptControlPlan} is accepted: at least one point, each with its own id, saying what is checked and who
 * performs it. The first event of every control plan; {@code board} is the body whose plan it is.
 */
public record ControlPlanAdopted(String planId, String board, int year, List<ControlPoint> points, Decision decision)
        implements ControlEvent, Decided {

    @Override
    public String subject() {
        return "internal-control plan " + planId + " (" + board + " " + year + ")";
    }
}
