package se.planledger.domain.followup;

import se.planledger.domain.plan.ReportingPeriod;

import java.math.BigDecimal;

/**
 * A recorded outcome was superseded by corrected values, for a stated reason; the first report stays known (read it
 * with an earlier {@code knownAt}). Applied when {@link CorrectOutcome} is accepted for an indicator, unit, year and
 * period that already has an outcome. Fields as in {@link OutcomeRecorded}; {@code reason} is why it was corrected,
 * and {@code judgement} and {@code trend} are made anew for the corrected values.
 */
public record OutcomeCorrected(String planId, String indicatorId, String unit, int year, ReportingPeriod period,
                               OutcomeValues values, BigDecimal peerValue, String reason, Judgement judgement, Trend trend)
        implements FollowUpEvent {
}
