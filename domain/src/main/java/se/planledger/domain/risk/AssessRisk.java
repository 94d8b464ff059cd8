package se.planledger.domain.risk;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** A new risk in the register, assessed on the register's current scale for a plan period. */
public record AssessRisk(@TargetAggregateIdentifier String registerId, String riskId, RiskSubject subject,
                         String planPeriod, RiskDescription description, int consequence, int probability,
                         LocalDate assessedOn, String assessor) implements RiskCommand {
}
