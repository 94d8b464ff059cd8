package se.planledger.query.risk;

import se.planledger.domain.risk.RiskScale;

import java.time.LocalDate;

/** A board's risk register with the scale in force at the time point asked (its grid, bands and version). */
public record RiskRegisterView(String registerId, String board, RiskScale scale, LocalDate scaleFrom) {
}
