package se.planledger.domain.followup;

import se.planledger.domain.plan.ReportingPeriod;

/**
 * Where an activity or assignment of the plan stood at a report period. Applied when {@link ReportWorkStatus} is
 * accepted: {@code itemId} is an activity or assignment of the plan and the year within the plan's years.
 * {@code comment} is the report's text, as given.
 */
public record WorkStatusReported(String planId, String itemId, int year, ReportingPeriod period, WorkStatus status,
                                 String comment) implements FollowUpEvent {
}
