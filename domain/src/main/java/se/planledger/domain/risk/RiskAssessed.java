package se.planledger.domain.risk;

import java.time.LocalDate;

/**
 * A new risk was entered in the register and assessed. Applied when {@link AssessRisk} is accepted: the risk id is new
 * to the register and a scale is in force on {@code assessedOn}. {@code revision} counts the risk's assessments: 1
 * here, then one more per reassessment or closing; {@code planPeriod} the plan period assessed for, as stated (e.g.
 * "2023–2025"); {@code score} the scores on the scale in force on {@code assessedOn}, with that scale's version;
 * {@code assessor} who assessed it.
 */
public record RiskAssessed(String registerId, String riskId, long revision, RiskSubject subject, String planPeriod,
                           RiskDescription description, RiskScore score, LocalDate assessedOn, String assessor)
        implements RiskEvent {
}
