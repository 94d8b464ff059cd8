package se.planledger.query.budget;

import se.planledger.domain.budget.ColumnRole;
import se.planledger.domain.budget.TableColumn;
import se.planledger.domain.budget.TableRow;
import se.planledger.domain.money.SwedishNumber;
import se.planledger.domain.rejection.UnknownItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A row's way from last year's frame to this year's, as a waterfall: the opening bar, each component as a step
 * from the running sum, the closing bar as stated (so a stated total that does not add up shows as a gap).
 */
public record BuildUpView(String tableId, String title, String row, String amountUnit, List<Step> steps) {

    /** One bar: from where to where, what it is (OPENING, COMPONENT, CLOSING) and its amount as the table writes it. */
    public record Step(String label, BigDecimal from, BigDecimal to, String kind, String text) {
    }

    /** The rows a build-up can be drawn for: those of a table with an opening and a closing column. */
    public static boolean drawable(FrameworkTableView table) {
        List<TableColumn> columns = table.figures().columns();
        return columns.stream().anyMatch(c -> c.role() == ColumnRole.OPENING)
                && columns.stream().anyMatch(c -> c.role() == ColumnRole.CLOSING);
    }

    /** The build-up of the row labelled {@code rowLabel}, or of the total row (else the first) when it is null. */
    public static BuildUpView of(FrameworkTableView table, String rowLabel) {
        if (!drawable(table)) {
            throw new UnknownItem("tableId", "framework table " + table.tableId() + " states no build-up from an opening "
                    + "to a closing frame");
        }
        List<TableRow> rows = table.figures().rows();
        TableRow row = rowLabel == null
                ? rows.stream().filter(TableRow::total).findFirst().orElse(rows.get(0))
                : rows.stream().filter(r -> r.label().equals(rowLabel)).findFirst()
                .orElseThrow(() -> new UnknownItem("row", "framework table " + table.tableId() + " has no row \""
                        + rowLabel + "\""));
        int decimals = table.figures().decimals();
        List<Step> steps = new ArrayList<>();
        BigDecimal running = BigDecimal.ZERO;
        for (int i = 0; i < table.figures().columns().size(); i++) {
            TableColumn column = table.figures().columns().get(i);
            BigDecimal amount = row.amountIn(i);
            if (amount == null) {
                continue;
            }
            String text = SwedishNumber.format(amount, decimals);
            switch (column.role()) {
                case OPENING, CLOSING -> {
                    steps.add(new Step(column.name(), BigDecimal.ZERO, amount, column.role().name(), text));
                    running = amount;
                }
                case COMPONENT -> {
                    steps.add(new Step(column.name(), running, running.add(amount), column.role().name(), text));
                    running = running.add(amount);
                }
            }
        }
        return new BuildUpView(table.tableId(), table.figures().title(), row.label(), table.figures().amountUnit(), steps);
    }
}
