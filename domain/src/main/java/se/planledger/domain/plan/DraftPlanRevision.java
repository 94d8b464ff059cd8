package se.planledger.domain.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Opens the next version of an adopted plan for changes; the version in force stays as it is until decided. */
public record DraftPlanRevision(@TargetAggregateIdentifier String planId) implements PlanCommand {
}
