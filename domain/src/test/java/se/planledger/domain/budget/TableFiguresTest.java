package se.planledger.domain.budget;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.domain.budget.ReconciliationTest.BUILD_UP;
import static se.planledger.domain.budget.ReconciliationTest.FRAMEWORK;
import static se.planledger.domain.budget.ReconciliationTest.INVESTMENTS;

/** The closing column, distributed total and undistributed remainder of seed 000's tables. */
class TableFiguresTest {

    @Test
    void theClosingColumnIsTheOneWithTheClosingRole() {
        assertThat(FRAMEWORK.closingColumn()).hasValue(5);
        assertThat(new TableFigures("t", "mnkr", 1, 2023, List.of(new TableColumn("a", ColumnRole.COMPONENT)),
                List.of(ReconciliationTest.row("x", "1.0")), null).closingColumn()).isEmpty();
    }

    @Test
    void aRowsClosingAmountIsItsStatedFrame() {
        assertThat(FRAMEWORK.closingOf(FRAMEWORK.rows().get(0))).isEqualByComparingTo("1311.3");
        assertThat(INVESTMENTS.totalRow()).hasValueSatisfying(total ->
                assertThat(INVESTMENTS.closingOf(total)).isEqualByComparingTo("263.0"));
    }

    @Test
    void theRecipientsTogetherAreGivenTheSumOfTheirFramesWithoutTheTotalRow() {
        assertThat(FRAMEWORK.distributed()).isEqualByComparingTo("9279.4");
        assertThat(INVESTMENTS.distributed()).isEqualByComparingTo("263.0");
        assertThat(FRAMEWORK.undistributed()).isEqualByComparingTo("0");
    }

    @Test
    void whatIsNotDistributedIsTheTotalLessTheRecipientsFrames() {
        TableFigures withoutTheBoard = new TableFigures(FRAMEWORK.title(), "mnkr", 1, 2023, FRAMEWORK.columns(),
                List.of(FRAMEWORK.rows().get(0), FRAMEWORK.rows().get(1), FRAMEWORK.rows().get(3)), null);
        assertThat(withoutTheBoard.granted()).isEqualByComparingTo("9279.4");
        assertThat(withoutTheBoard.distributed()).isEqualByComparingTo("1399.1");
        assertThat(withoutTheBoard.undistributed()).isEqualByComparingTo("7880.3");
    }

    @Test
    void aTableWithoutTotalRowGrantsNothingAndHasNoUndistributedRemainder() {
        assertThat(BUILD_UP.totalRow()).isEmpty();
        assertThat(BUILD_UP.granted()).isNull();
        assertThat(BUILD_UP.undistributed()).isNull();
    }
}
