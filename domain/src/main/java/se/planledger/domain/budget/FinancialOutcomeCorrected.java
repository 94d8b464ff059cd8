package se.planledger.domain.budget;

import se.planledger.domain.plan.ReportingPeriod;

public record FinancialOutcomeCorrected(String followUpId, String unit, int year, ReportingPeriod period,
                                        FinancialFigures figures, String reason) {
}
