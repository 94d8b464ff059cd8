package se.planledger.domain.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.plan.ReportingPeriod;

/**
 * Records what a unit reported for a year at one report (DÅ04, DÅ08, ÅR). Reports later in the year revise the
 * annual forecast; each stays as reported. {@code followUpId} names the unit's year, e.g. "narsjukvard-2019".
 */
public record RecordFinancialOutcome(@TargetAggregateIdentifier String followUpId, String unit, int year,
                                     ReportingPeriod period, FinancialFigures figures, String source)
        implements BudgetCommand {
}
