package se.planledger.query.budget;

import se.planledger.domain.budget.Residual;
import se.planledger.domain.budget.TableRow;

import java.util.ArrayList;
import java.util.List;

/**
 * A framework table as printed, with each residual of its reconciliation placed in the cell it is about: a row's
 * build-up in the row's closing cell, a column's sum in the total row's cell of that column.
 */
public record MarkedTable(FrameworkTableView table) {

    /** The residuals shown in the row's cell of the column (several in the total row's closing cell). */
    public List<Residual> residualsIn(TableRow row, int column) {
        List<Residual> found = new ArrayList<>();
        for (Residual residual : table.residuals()) {
            boolean rowCell = residual.check() == Residual.Check.ROW && residual.label().equals(row.label())
                    && table.figures().closingColumn().orElse(-1) == column;
            boolean columnCell = residual.check() == Residual.Check.COLUMN && row.total()
                    && table.figures().columns().get(column).name().equals(residual.label());
            if (rowCell || columnCell) {
                found.add(residual);
            }
        }
        return found;
    }

    /** The cell's mark: "mismatch" when any residual there is one, "rounding" for rounding alone, else empty. */
    public String markOf(TableRow row, int column) {
        List<Residual> residuals = residualsIn(row, column);
        if (residuals.isEmpty()) {
            return "";
        }
        return residuals.stream().anyMatch(r -> r.verdict() == Residual.Verdict.MISMATCH) ? "mismatch" : "rounding";
    }
}
