package se.planledger.domain.followup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.plan.ReportingPeriod;

/** The board's overall judgement of a strategic goal for a report period, with its narrative. */
public record JudgeGoal(@TargetAggregateIdentifier String planId, String goalId, int year, ReportingPeriod period,
                        Fulfilment fulfilment, String narrative) implements FollowUpCommand {
}
