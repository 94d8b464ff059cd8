package se.planledger.domain.budget;

import se.planledger.domain.decision.Decided;
import se.planledger.domain.decision.Decision;

/**
 * A framework table was decided: version 1, every stated figure exactly as decided, whether or not it adds up (the
 * reconciliation explains where it does not). Applied when {@link DecideFrameworkTable} is accepted: no closing
 * amount below zero, every row fits the columns, and the recipients together stay within the total row's frame.
 * {@code decision} is who decided it, under which reference, and from when it applies.
 */
public record FrameworkTableDecided(String tableId, int version, TableFigures figures, Decision decision)
        implements BudgetEvent, Decided {

    @Override
    public String subject() {
        return "framework table " + tableId + " (" + figures.title() + ") version " + version;
    }
}
