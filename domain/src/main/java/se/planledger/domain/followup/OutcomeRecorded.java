package se.planledger.domain.followup;

import se.planledger.domain.plan.ReportingPeriod;

import java.math.BigDecimal;

/**
 * An indicator's outcome was reported for a unit, year and period, with the judgement and trend the rules of the day
 * gave it. Applied when {@link RecordOutcome} (alone or in {@link RecordOutcomes}) is accepted: the indicator is
 * active, the year within the plan and the period one the indicator is reported in, and nothing was recorded for
 * that indicator, unit, year and period before. {@code unit} is the reporting unit, "Hela regionen" when none was
 * named; {@code values} the total and/or women and men; {@code peerValue} the peers' comparison value, when given;
 * {@code source} and {@code comment} as reported; {@code judgement} the result against the year's target (or the next
 * target stated), by the rule named in it; {@code trend} the move from the unit's latest earlier outcome, else from
 * the baseline, read in the indicator's good direction. Both are stored so a later change of rules never rewrites
 * this report.
 */
public record OutcomeRecorded(String planId, String indicatorId, String unit, int year, ReportingPeriod period,
                              OutcomeValues values, BigDecimal peerValue, String source, String comment,
                              Judgement judgement, Trend trend) implements FollowUpEvent {
}
