package se.planledger.domain.control;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.decision.Decision;

import java.util.List;

/** Adopts a board's internal-control plan for a year by a decision. */
public record AdoptControlPlan(@TargetAggregateIdentifier String planId, String board, int year,
                               List<ControlPoint> points, Decision decision) implements ControlCommand {
}
