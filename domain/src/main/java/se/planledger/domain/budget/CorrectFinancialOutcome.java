package se.planledger.domain.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.plan.ReportingPeriod;

/**
 * Supersedes what was recorded for a report with corrected figures, for a stated reason; the first stays known.
 * {@code expectedRevision} is the report's revision its writer read (If-Match); null checks none.
 */
public record CorrectFinancialOutcome(@TargetAggregateIdentifier String followUpId, ReportingPeriod period,
                                      FinancialFigures figures, String reason, Long expectedRevision)
        implements BudgetCommand {
}
