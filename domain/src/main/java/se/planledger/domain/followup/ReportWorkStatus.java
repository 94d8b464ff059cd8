package se.planledger.domain.followup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.plan.ReportingPeriod;

/**
 * Reports the status of an activity or assignment of the plan for a report period, with a comment. A report that
 * states a comment but no status gives {@code status} null (the status is not stated); one of the two is required.
 */
public record ReportWorkStatus(@TargetAggregateIdentifier String planId, String itemId, int year, ReportingPeriod period,
                               WorkStatus status, String comment) implements FollowUpCommand {
}
