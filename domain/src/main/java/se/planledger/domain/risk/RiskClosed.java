package se.planledger.domain.risk;

import java.time.LocalDate;

public record RiskClosed(String registerId, String riskId, long revision, LocalDate closedOn, String reason) {
}
