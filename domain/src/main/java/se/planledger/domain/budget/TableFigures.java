package se.planledger.domain.budget;

import java.util.List;

/**
 * A framework table exactly as decided: title, the unit its amounts are stated in ("mnkr"), the precision it was
 * decided in (decimals), the year its closing amounts apply to, its columns and rows. Stated figures are kept as
 * stated, even when they do not add up: {@link Reconciliation} shows where they do not.
 */
public record TableFigures(String title, String amountUnit, int decimals, int year, List<TableColumn> columns,
                           List<TableRow> rows, String note) {

    public TableFigures {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
