package se.planledger.domain.budget;

/**
 * A command of the budget (framework tables, financial follow-up): a request the aggregate may refuse. Sealed, so a
 * reader tells a command from an event by its type and sees the area's whole write API in one place.
 */
public sealed interface BudgetCommand
        permits DecideFrameworkTable, ReviseFrameworkTable, RecordFinancialOutcome, CorrectFinancialOutcome {
}
