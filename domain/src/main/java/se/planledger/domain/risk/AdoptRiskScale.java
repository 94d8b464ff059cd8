package se.planledger.domain.risk;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Opens a board's risk register with its scale, or changes the scale from {@code effectiveFrom} on. */
public record AdoptRiskScale(@TargetAggregateIdentifier String registerId, String board, RiskScale scale,
                             LocalDate effectiveFrom) implements RiskCommand {
}
