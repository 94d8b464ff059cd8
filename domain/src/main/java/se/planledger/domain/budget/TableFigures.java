package se.planledger.domain.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

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

    /** The column holding this year's frame, if the table has one. */
    public OptionalInt closingColumn() {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role() == ColumnRole.CLOSING) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The row's stated closing amount; null where the table has no closing column or the cell is blank. */
    public BigDecimal closingOf(TableRow row) {
        OptionalInt closing = closingColumn();
        return closing.isPresent() ? row.amountIn(closing.getAsInt()) : null;
    }

    public Optional<TableRow> totalRow() {
        return rows.stream().filter(TableRow::total).findFirst();
    }

    /** What the recipients were given together: the sum of every other row's closing amount than the total row's. */
    public BigDecimal distributed() {
        return rows.stream().filter(row -> !row.total()).map(this::closingOf).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the granting body has to distribute: the total row's closing amount; null without one. */
    public BigDecimal granted() {
        return totalRow().map(this::closingOf).orElse(null);
    }

    /** What the granting body keeps: the granted less the distributed; null without a granted amount. */
    public BigDecimal undistributed() {
        BigDecimal granted = granted();
        return granted == null ? null : granted.subtract(distributed());
    }
}
