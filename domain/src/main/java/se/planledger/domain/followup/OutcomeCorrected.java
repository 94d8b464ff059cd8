package se.planledger.domain.followup;

import se.planledger.domain.plan.ReportingPeriod;

import java.math.BigDecimal;

public record OutcomeCorrected(String planId, String indicatorId, String unit, int year, ReportingPeriod period,
                               OutcomeValues values, BigDecimal peerValue, String reason, Judgement judgement, Trend trend) {
}
