package se.planledger.domain.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.decision.Decision;

/** Adopts the drafted first version of the plan by a decision; it is in force from the decision's effective date. */
public record AdoptPlan(@TargetAggregateIdentifier String planId, Decision decision) implements PlanCommand {
}
