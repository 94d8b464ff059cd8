package se.planledger.domain.budget;

import se.planledger.domain.decision.Decided;
import se.planledger.domain.decision.Decision;

/**
 * A later decision replaced a framework table's figures from its effective date (a revised board plan, or the
 * regional director's technical adjustment under delegation). Applied when {@link ReviseFrameworkTable} is accepted:
 * the same rules as a decided table, an effective date not before the version it revises, and, when the body is the
 * regional director (RD), an unchanged distributed total. {@code version} is the table's new version (one more than
 * before), the ETag for the next revision; {@code figures} the whole table as now decided.
 */
public record FrameworkTableRevised(String tableId, int version, TableFigures figures, Decision decision)
        implements BudgetEvent, Decided {

    @Override
    public String subject() {
        return "framework table " + tableId + " (" + figures.title() + ") version " + version;
    }
}
