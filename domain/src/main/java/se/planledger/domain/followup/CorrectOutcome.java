package se.planledger.domain.followup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.plan.ReportingPeriod;

import java.math.BigDecimal;

/**
 * Supersedes a reported outcome with corrected values, for a stated reason; the first report stays known.
 * {@code expectedRevision} is the outcome's revision its writer read (If-Match, or the form page's); null checks none.
 */
public record CorrectOutcome(@TargetAggregateIdentifier String planId, String indicatorId, String unit, int year,
                             ReportingPeriod period, OutcomeValues values, BigDecimal peerValue, String reason,
                             Long expectedRevision) implements FollowUpCommand {
}
