package se.planledger.domain.followup;

import se.planledger.domain.plan.ReportingPeriod;

/**
 * Where an activity or assignment of the plan stood at a report period. Applied when {@link ReportWorkStatus} is
 * accepted: {@code itemId} is an activity or assignment of the plan and the year within the plan's years.
 * {@code comment} is the report's text, as given. {@code status} may be null (since the report of Division
 * Länssjukvård 1, April 2022, whose status column kept no word but whose comments were printed): the report stated a
 * comment but no status, and the status is not stated, never assumed; a report then always has its comment. Events
 * recorded before this always have a status.
 */
public record WorkStatusReported(String planId, String itemId, int year, ReportingPeriod period, WorkStatus status,
                                 String comment) implements FollowUpEvent {
}
