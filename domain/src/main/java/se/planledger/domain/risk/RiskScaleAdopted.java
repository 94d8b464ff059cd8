package se.planledger.domain.risk;

import java.time.LocalDate;

/**
 * A board's risk register took a scale into use from {@code effectiveFrom}: the first one opens the register, a later
 * one applies to assessments made from its date on and never rewrites earlier ones. Applied when
 * {@link AdoptRiskScale} is accepted: the scale's bands cover every score once, and its version and date move forward.
 * {@code board} is the body whose register it is.
 */
public record RiskScaleAdopted(String registerId, String board, RiskScale scale, LocalDate effectiveFrom)
        implements RiskEvent {
}
