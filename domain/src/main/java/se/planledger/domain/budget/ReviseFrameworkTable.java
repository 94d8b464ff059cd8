package se.planledger.domain.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.decision.Decision;

/**
 * A later decision (a revised board plan, the regional director's technical adjustment under delegation) that
 * replaces the table's figures from its effective date. {@code expectedVersion} (from If-Match) may be null.
 */
public record ReviseFrameworkTable(@TargetAggregateIdentifier String tableId, TableFigures figures, Decision decision,
                                   Integer expectedVersion) implements BudgetCommand {
}
