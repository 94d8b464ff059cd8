package se.planledger.domain.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes an item out of the plan from the open draft on; its history stays. */
public record RetirePlanItem(@TargetAggregateIdentifier String planId, String itemId, String reason,
                             Long expectedRevision) implements PlanCommand {
}
