package se.planledger.domain.risk;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * A new version of a risk's assessment, on the current scale, with why it changed. {@code expectedRevision} is the
 * risk's version its writer read (If-Match); null checks none (the demo loader, If-Match: *).
 */
public record ReassessRisk(@TargetAggregateIdentifier String registerId, String riskId, RiskDescription description,
                           int consequence, int probability, LocalDate assessedOn, String assessor, String reason,
                           Long expectedRevision) implements RiskCommand {
}
