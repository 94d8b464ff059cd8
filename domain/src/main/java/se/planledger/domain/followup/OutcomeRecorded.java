package se.planledger.domain.followup;

import se.planledger.domain.plan.ReportingPeriod;

import java.math.BigDecimal;

/** The outcome as reported, with the judgement and trend the rules of the day gave it. */
public record OutcomeRecorded(String planId, String indicatorId, String unit, int year, ReportingPeriod period,
                              OutcomeValues values, BigDecimal peerValue, String source, String comment,
                              Judgement judgement, Trend trend) {
}
