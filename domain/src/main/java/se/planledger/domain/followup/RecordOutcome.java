package se.planledger.domain.followup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.plan.ReportingPeriod;

import java.math.BigDecimal;

/**
 * Records an indicator's outcome for a unit (the whole region when none is named) and period. {@code peerValue}
 * is the comparison value for targets set against peers ("I nivå med riket"), when known.
 */
public record RecordOutcome(@TargetAggregateIdentifier String planId, String indicatorId, String unit, int year,
                            ReportingPeriod period, OutcomeValues values, BigDecimal peerValue, String source,
                            String comment) implements FollowUpCommand {
}
