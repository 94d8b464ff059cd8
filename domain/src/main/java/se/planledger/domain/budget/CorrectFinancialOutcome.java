package se.planledger.domain.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.plan.ReportingPeriod;

/** Supersedes what was recorded for a report with corrected figures, for a stated reason; the first stays known. */
public record CorrectFinancialOutcome(@TargetAggregateIdentifier String followUpId, ReportingPeriod period,
                                      FinancialFigures figures, String reason) implements BudgetCommand {
}
