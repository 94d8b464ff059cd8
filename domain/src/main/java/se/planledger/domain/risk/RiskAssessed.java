package se.planledger.domain.risk;

import java.time.LocalDate;

/** {@code revision} counts the risk's assessments: 1 here, then one more per reassessment or closing. */
public record RiskAssessed(String registerId, String riskId, long revision, RiskSubject subject, String planPeriod,
                           RiskDescription description, RiskScore score, LocalDate assessedOn, String assessor) {
}
