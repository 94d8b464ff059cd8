package se.planledger.domain.risk;

import java.time.LocalDate;

public record RiskReassessed(String registerId, String riskId, long revision, RiskDescription description,
                             RiskScore score, LocalDate assessedOn, String assessor, String reason) {
}
