package se.planledger.domain.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A row as decided: the recipient (a unit, care choice, decision level) or, for a build-up table, the year, and
 * one stated amount per column (null where the cell is blank). {@code total} marks the table's total row.
 */
public record TableRow(String label, List<BigDecimal> amounts, boolean total) {

    public TableRow {
        amounts = Collections.unmodifiableList(new ArrayList<>(amounts == null ? List.of() : amounts));
    }

    /** The stated amount in a column; null where the cell is blank or the row is shorter than the table. */
    public BigDecimal amountIn(int column) {
        return column < amounts.size() ? amounts.get(column) : null;
    }
}
