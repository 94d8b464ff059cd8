package se.planledger.domain.budget;

import se.planledger.domain.plan.ReportingPeriod;

/**
 * What a unit reported of its finances for a year at one report (DÅ04, DÅ08 or ÅR): result, target and forecast, as
 * reported. Applied when {@link RecordFinancialOutcome} is accepted and the unit has not yet reported that period;
 * the first one also starts the unit's follow-up for the year. {@code followUpId} names the unit's year, e.g.
 * "narsjukvard-2019"; {@code source} where the figures come from, as given.
 */
public record FinancialOutcomeRecorded(String followUpId, String unit, int year, ReportingPeriod period,
                                       FinancialFigures figures, String source) implements BudgetEvent {
}
