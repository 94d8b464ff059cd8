package se.planledger.domain.risk;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Takes a risk out of the register from {@code closedOn}; its history stays. {@code expectedRevision} is the risk's
 * version its writer read (If-Match); null checks none.
 */
public record CloseRisk(@TargetAggregateIdentifier String registerId, String riskId, LocalDate closedOn, String reason,
                        Long expectedRevision) implements RiskCommand {
}
