package se.planledger.domain.risk;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** A new version of a risk's assessment, on the current scale, with why it changed. */
public record ReassessRisk(@TargetAggregateIdentifier String registerId, String riskId, RiskDescription description,
                           int consequence, int probability, LocalDate assessedOn, String assessor, String reason)
        implements RiskCommand {
}
