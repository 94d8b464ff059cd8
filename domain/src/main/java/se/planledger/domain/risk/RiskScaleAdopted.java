package se.planledger.domain.risk;

import java.time.LocalDate;

public record RiskScaleAdopted(String registerId, String board, RiskScale scale, LocalDate effectiveFrom) {
}
