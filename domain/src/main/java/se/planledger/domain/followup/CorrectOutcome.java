package se.planledger.domain.followup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.plan.ReportingPeriod;

import java.math.BigDecimal;

/** Supersedes a reported outcome with corrected values, for a stated reason; the first report stays known. */
public record CorrectOutcome(@TargetAggregateIdentifier String planId, String indicatorId, String unit, int year,
                             ReportingPeriod period, OutcomeValues values, BigDecimal peerValue, String reason)
        implements FollowUpCommand {
}
