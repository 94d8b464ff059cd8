package se.planledger.domain.followup;

import se.planledger.domain.plan.ReportingPeriod;

import java.math.BigDecimal;

/**
 * A recorded outcome was judged again by the rules of the day, its values unchanged. Applied when
 * {@link ReevaluateOutcome} is accepted for an indicator, unit, year and period that has an outcome, and the rules
 * now give another judgement or trend than the one it holds. Fields as in {@link OutcomeRecorded}; {@code values} and
 * {@code peerValue} are the outcome's as they stood, {@code reason} why it was judged again, and {@code judgement} and
 * {@code trend} the new ones, by the rule named in the judgement. The earlier judgement stays in every report as
 * known before this event.
 */
public record OutcomeReevaluated(String planId, String indicatorId, String unit, int year, ReportingPeriod period,
                                 OutcomeValues values, BigDecimal peerValue, String reason, Judgement judgement,
                                 Trend trend) implements FollowUpEvent {
}
