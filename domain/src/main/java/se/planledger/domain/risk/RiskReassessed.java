package se.planledger.domain.risk;

import java.time.LocalDate;

/**
 * A risk's assessment was made anew: a new version, the earlier ones kept. Applied when {@link ReassessRisk} is
 * accepted for an open risk. {@code revision} is the risk's new version (one more than before); {@code description}
 * and {@code score} replace the earlier ones, scored on the scale in force on {@code assessedOn}; {@code reason} why it
 * changed.
 */
public record RiskReassessed(String registerId, String riskId, long revision, RiskDescription description,
                             RiskScore score, LocalDate assessedOn, String assessor, String reason)
        implements RiskEvent {
}
