package se.planledger.domain.risk;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Takes a risk out of the register from {@code closedOn}; its history stays. */
public record CloseRisk(@TargetAggregateIdentifier String registerId, String riskId, LocalDate closedOn, String reason)
        implements RiskCommand {
}
