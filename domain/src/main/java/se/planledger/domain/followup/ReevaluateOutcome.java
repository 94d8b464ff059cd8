package se.planledger.domain.followup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.plan.ReportingPeriod;

/**
 * Judges a recorded outcome again by the rules of today, leaving the judgement it was given then as it was: the
 * reports as known before keep it, and the new judgement is a fact of its own time. {@code reason} says why (a new rule
 * version, a direction stated since). {@code expectedRevision} is the outcome's revision its writer read (If-Match);
 * null checks none.
 */
public record ReevaluateOutcome(@TargetAggregateIdentifier String planId, String indicatorId, String unit, int year,
                                ReportingPeriod period, String reason, Long expectedRevision) implements FollowUpCommand {
}
