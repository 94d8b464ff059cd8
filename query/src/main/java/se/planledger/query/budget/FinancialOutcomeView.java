package se.planledger.query.budget;

import se.planledger.domain.plan.ReportingPeriod;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A unit's year as known at the time point: each report in force (period result, target and the deviation between
 * them; the annual forecast and its deviation from the year's target) and how the forecast moved report by report.
 */
public record FinancialOutcomeView(String followUpId, String unit, int year, List<PeriodReport> reports) {

    public record PeriodReport(ReportingPeriod period, int revision, BigDecimal periodResult, BigDecimal periodTarget,
                         BigDecimal periodDeviation, BigDecimal annualForecast, BigDecimal annualTarget,
                         BigDecimal forecastDeviation, BigDecimal forecastChange, String amountUnit, String source,
                         String correction, Instant recordedAt, String recordedBy) {
    }
}
