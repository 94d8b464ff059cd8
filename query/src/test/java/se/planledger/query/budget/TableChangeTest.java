package se.planledger.query.budget;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import se.planledger.domain.budget.ColumnRole;
import se.planledger.domain.budget.TableColumn;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.budget.TableRow;
import se.planledger.query.diff.FieldChange;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A table's changes named as its reader names them: the row and column of a cell, or the field. */
class TableChangeTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void aCellIsNamedByItsRowAndColumnWithItsAmounts() {
        TableFigures before = figures("Vårdval primärvård", "2103.0");
        TableFigures after = figures("Vårdval primärvård", "2104.0");

        List<TableChange> changes = TableChange.of(before, after, List.of(
                new FieldChange("rows[0].amounts[1]", JSON.numberNode(new BigDecimal("2103.0")), JSON.numberNode(new BigDecimal("2104.0"))),
                new FieldChange("title", JSON.textNode("Ram"), JSON.textNode("Ekonomisk ram"))));

        assertThat(changes.get(0)).satisfies(c -> {
            assertThat(c.cell()).isTrue();
            assertThat(c.row()).isEqualTo("Vårdval primärvård");
            assertThat(c.column()).isEqualTo("Ram 2023");
            assertThat(c.before()).isEqualByComparingTo("2103.0");
            assertThat(c.after()).isEqualByComparingTo("2104.0");
        });
        assertThat(changes.get(1)).satisfies(c -> {
            assertThat(c.cell()).isFalse();
            assertThat(c.field()).isEqualTo("title");
            assertThat(c.beforeText()).isEqualTo("Ram");
            assertThat(c.afterText()).isEqualTo("Ekonomisk ram");
        });
    }

    @Test
    void aCellOfARowGoneIsNamedByTheRowItHadAndOfTheFirstVersionByTheRowItHas() {
        TableFigures before = figures("Division Länssjukvård 1", "500.0");

        TableChange gone = TableChange.of(before, null, List.of(new FieldChange("rows[0].amounts[1]",
                JSON.numberNode(new BigDecimal("500.0")), null))).get(0);
        TableChange first = TableChange.of(null, before, List.of(new FieldChange("rows[0].amounts[1]", null,
                JSON.numberNode(new BigDecimal("500.0"))))).get(0);

        assertThat(gone.row()).isEqualTo("Division Länssjukvård 1");
        assertThat(gone.after()).isNull();
        assertThat(first.row()).isEqualTo("Division Länssjukvård 1");
        assertThat(first.before()).isNull();
    }

    private static TableFigures figures(String row, String closing) {
        return new TableFigures("Ram", "mnkr", 1, 2023,
                List.of(new TableColumn("Ram 2022", ColumnRole.OPENING), new TableColumn("Ram 2023", ColumnRole.CLOSING)),
                List.of(new TableRow(row, List.of(new BigDecimal("2000.0"), new BigDecimal(closing)), false)), null);
    }
}
