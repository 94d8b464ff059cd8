package se.planledger.domain.budget;

import se.planledger.domain.plan.ReportingPeriod;

public record FinancialOutcomeRecorded(String followUpId, String unit, int year, ReportingPeriod period,
                                       FinancialFigures figures, String source) {
}
