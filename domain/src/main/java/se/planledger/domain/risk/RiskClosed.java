package se.planledger.domain.risk;

import java.time.LocalDate;

/**
 * A risk was taken out of the register from {@code closedOn}; it stays in history and cannot be reassessed. Applied
 * when {@link CloseRisk} is accepted for an open risk. {@code revision} is the risk's new version (one more than
 * before); {@code reason} why it was closed.
 */
public record RiskClosed(String registerId, String riskId, long revision, LocalDate closedOn, String reason)
        implements RiskEvent {
}
