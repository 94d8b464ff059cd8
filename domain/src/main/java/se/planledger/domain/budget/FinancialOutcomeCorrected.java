package se.planledger.domain.budget;

import se.planledger.domain.plan.ReportingPeriod;

/**
 * What was recorded for a unit's report was superseded by corrected figures, for a stated reason; the first stays
 * known. Applied when {@link CorrectFinancialOutcome} is accepted for a period the unit has reported. {@code unit} and
 * {@code year} are the follow-up's own, repeated so a reader needs no earlier event; {@code figures} the whole
 * corrected report; {@code reason} why it was corrected.
 */
public record FinancialOutcomeCorrected(String followUpId, String unit, int year, ReportingPeriod period,
                                        FinancialFigures figures, String reason) implements BudgetEvent {
}
