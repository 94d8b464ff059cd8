package se.planledger.domain.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.decision.Decision;

/** Records a framework table as a body decided it: every stated figure, added up or not. */
public record DecideFrameworkTable(@TargetAggregateIdentifier String tableId, TableFigures figures, Decision decision)
        implements BudgetCommand {
}
