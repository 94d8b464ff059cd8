package se.planledger.query.risk;

import se.planledger.domain.risk.RiskDescription;

import java.time.Instant;
import java.time.LocalDate;

/** One version of a risk as assessed: subject, texts, scores on its scale version, who, when, why. */
public record RiskView(String registerId, String board, String riskId, long revision, String subjectKind,
                       String subjectItemId, String subjectName, String perspective, String goal, String planPeriod,
                       RiskDescription description, Integer consequence, Integer probability, Integer score, String band,
                       Boolean needsMeasures, Integer scaleVersion, LocalDate assessedOn, String assessor, boolean closed,
                       String reason, Instant recordedAt, String recordedBy) {
}
