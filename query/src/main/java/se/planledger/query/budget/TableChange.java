package se.planledger.query.budget;

import com.fasterxml.jackson.databind.JsonNode;
import se.planledger.domain.budget.TableColumn;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.budget.TableRow;
import se.planledger.query.diff.FieldChange;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change of a framework table as a reader of the table names it: a cell by its row's label and column's name
 * with the amounts before and after, or any other field (title, a row's label) by its path with its texts.
 */
public record TableChange(String row, String column, BigDecimal before, BigDecimal after, String field,
                          String beforeText, String afterText) {

    private static final Pattern CELL = Pattern.compile("rows\\[(\\d+)]\\.amounts\\[(\\d+)]");

    public boolean cell() {
        return row != null;
    }

    /**
     * The field changes between two states of a table ({@code before} null for the first version, {@code after} null
     * for one gone), each cell named by the row and column it has after the change (before it, for one removed).
     */
    public static List<TableChange> of(TableFigures before, TableFigures after, List<FieldChange> changes) {
        return changes.stream().map(change -> of(before, after, change)).toList();
    }

    private static TableChange of(TableFigures before, TableFigures after, FieldChange change) {
        Matcher cell = CELL.matcher(change.path());
        if (!cell.matches()) {
            return new TableChange(null, null, null, null, change.path(), text(change.before()), text(change.after()));
        }
        int row = Integer.parseInt(cell.group(1));
        int column = Integer.parseInt(cell.group(2));
        return new TableChange(named(after, before, TableFigures::rows, row, TableRow::label),
                named(after, before, TableFigures::columns, column, TableColumn::name),
                amount(change.before()), amount(change.after()), change.path(), null, null);
    }

    private static <T> String named(TableFigures first, TableFigures second, Function<TableFigures, List<T>> list,
                                    int index, Function<T, String> name) {
        for (TableFigures figures : new TableFigures[]{first, second}) {
            if (figures != null && index < list.apply(figures).size()) {
                return name.apply(list.apply(figures).get(index));
            }
        }
        return "#" + (index + 1);
    }

    private static BigDecimal amount(JsonNode value) {
        return value == null || !value.isNumber() ? null : value.decimalValue();
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.asText() : value.toString();
    }
}
