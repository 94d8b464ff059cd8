package se.planledger.domain.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.decision.Body;

/** Starts a plan as a draft (version 1) for the years {@code firstYear}–{@code lastYear}. */
public record DraftPlan(@TargetAggregateIdentifier String planId, String title, Body board, int firstYear, int lastYear)
        implements PlanCommand {
}
