package se.planledger.domain.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.decision.Decision;

/** Decides the drafted revision: the new plan version is in force from the decision's effective date. */
public record RevisePlan(@TargetAggregateIdentifier String planId, Decision decision) implements PlanCommand {
}
