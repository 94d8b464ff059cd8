package se.planledger.domain.budget;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.planledger.domain.budget.ColumnRole.CLOSING;
import static se.planledger.domain.budget.ColumnRole.COMPONENT;
import static se.planledger.domain.budget.ColumnRole.OPENING;
import static se.planledger.domain.budget.Residual.Check.COLUMN;
import static se.planledger.domain.budget.Residual.Check.ROW;
import static se.planledger.domain.budget.Residual.Verdict.MISMATCH;
import static se.planledger.domain.budget.Residual.Verdict.ROUNDING;

/**
 * The tables of seed 000 as printed hold exactly seven cases: one rounding difference in the board's frame 2023
 * (9 279,7 added up, 9 279,8 stated), and in "Ekonomisk ram 2022" three rows and three columns that do not add up.
 */
class ReconciliationTest {

    /** "Förändringar i regionbidraget till Regionstyrelsen", one row per year. */
    static final TableFigures BUILD_UP = new TableFigures("Förändringar i regionbidraget till Regionstyrelsen", "mnkr", 1, 2023,
            List.of(new TableColumn("Anslag året innan", OPENING), new TableColumn("Prisuppräkning", COMPONENT),
                    new TableColumn("FVIS", COMPONENT), new TableColumn("Stöd HTA samt planering/uppföljning", COMPONENT),
                    new TableColumn("Återföring engångssatsning RKM", COMPONENT),
                    new TableColumn("Förändrat intäktsansvar från Patientnämnden", COMPONENT),
                    new TableColumn("Regionbidrag", CLOSING)),
            List.of(row("2023", "8675.0", "562.9", "11.9", "2.6", "26.5", "0.8", "9279.8"),
                    row("2024", "9279.8", "345.2", "-15.0", null, null, null, "9610.0"),
                    row("2025", "9610.0", "244.5", null, null, null, null, "9854.5")), null);

    /** "Ekonomisk ram 2022, mnkr" as printed. */
    static final TableFigures FRAMEWORK = new TableFigures("Ekonomisk ram 2022, mnkr", "mnkr", 1, 2023,
            List.of(new TableColumn("Ram 2021", OPENING), new TableColumn("Löne- & prisindex", COMPONENT),
                    new TableColumn("Utökning", COMPONENT), new TableColumn("Neddragning", COMPONENT),
                    new TableColumn("Omfördelning", COMPONENT), new TableColumn("Ram 2022", CLOSING)),
            List.of(row("Vårdval primärvård", "1223.0", "61.6", "0", "0", "26.7", "1311.3"),
                    row("Vårdval barn- och ungdomstandvård", "85.5", "2.4", "0", "0", "0.01", "87.8"),
                    row("Styrelsen för vidare fördelning", "7403.6", "499.0", "0", "0", "0.2", "7880.3"),
                    total("Totalt", "8675.0", "562.9", "14.5", "0", "26.9", "9279.4")), null);

    /** "Investeringsramar 2023, mnkr": decision level × category, Summa both ways. */
    static final TableFigures INVESTMENTS = new TableFigures("Investeringsramar 2023, mnkr", "mnkr", 1, 2023,
            List.of(new TableColumn("Inventarier & fastigheter", COMPONENT), new TableColumn("Finansiella investeringar", COMPONENT),
                    new TableColumn("Akutram", COMPONENT), new TableColumn("Hjälpmedel", COMPONENT),
                    new TableColumn("Konst", COMPONENT), new TableColumn("Summa", CLOSING)),
            List.of(row("Regionstyrelsen", "206.0", "6.0", null, null, null, "212.0"),
                    row("Regiondirektör", null, null, "12.5", null, null, "12.5"),
                    row("Service", null, null, null, "38.0", null, "38.0"),
                    row("Kulturen", null, null, null, null, "0.5", "0.5"),
                    total("Summa", "206.0", "6.0", "12.5", "38.0", "0.5", "263.0")), null);

    @Test
    void theBoardsFrameBuildUpHasOneRoundingDifferenceIn2023() {
        assertThat(Reconciliation.of(BUILD_UP)).singleElement().satisfies(r -> {
            assertThat(r.check()).isEqualTo(ROW);
            assertThat(r.label()).isEqualTo("2023");
            assertThat(r.computed()).isEqualByComparingTo("9279.7");
            assertThat(r.stated()).isEqualByComparingTo("9279.8");
            assertThat(r.residual()).isEqualByComparingTo("-0.1");
            assertThat(r.terms()).isEqualTo(6);
            assertThat(r.verdict()).isEqualTo(ROUNDING);
        });
    }

    @Test
    void theFrameworkTableHasThreeRowCasesAndThreeColumnCases() {
        List<Residual> residuals = Reconciliation.of(FRAMEWORK);

        assertThat(residuals).extracting(Residual::check, Residual::label, Residual::verdict).containsExactly(
                tuple(ROW, "Vårdval barn- och ungdomstandvård", ROUNDING),
                tuple(ROW, "Styrelsen för vidare fördelning", MISMATCH),
                tuple(ROW, "Totalt", ROUNDING),
                tuple(COLUMN, "Ram 2021", MISMATCH),
                tuple(COLUMN, "Löne- & prisindex", ROUNDING),
                tuple(COLUMN, "Utökning", MISMATCH));
        assertThat(residuals).extracting(Residual::computed).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd("87.91"), bd("7902.8"), bd("9279.3"), bd("8712.1"), bd("563.0"), bd("0"));
        assertThat(residuals).extracting(Residual::residual).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd("0.1"), bd("22.5"), bd("-0.1"), bd("37.1"), bd("0.1"), bd("-14.5"));
    }

    @Test
    void theInvestmentTableAddsUp() {
        assertThat(Reconciliation.of(INVESTMENTS)).isEmpty();
    }

    @Test
    void aSumThatRoundsToTheStatedFigureIsNoCase() {
        TableFigures table = new TableFigures("Omfördelning", "mnkr", 1, 2023,
                List.of(new TableColumn("Omfördelning", COMPONENT)),
                List.of(row("a", "26.7"), row("b", "0.01"), row("c", "0.2"), total("Totalt", "26.9")), null);
        assertThat(Reconciliation.of(table)).isEmpty();
    }

    @Test
    void theToleranceGrowsWithTheNumberOfTermsAdded() {
        TableFigures twoTerms = new TableFigures("t", "mnkr", 1, 2023,
                List.of(new TableColumn("a", OPENING), new TableColumn("b", COMPONENT), new TableColumn("c", CLOSING)),
                List.of(row("x", "1.0", "1.0", "2.1"), row("y", "1.0", "1.0", "2.2")), null);
        assertThat(Reconciliation.of(twoTerms)).extracting(Residual::verdict).containsExactly(ROUNDING, MISMATCH);
    }

    static TableRow row(String label, String... amounts) {
        return new TableRow(label, Arrays.stream(amounts).map(a -> a == null ? null : new BigDecimal(a)).toList(), false);
    }

    static TableRow total(String label, String... amounts) {
        return new TableRow(label, row(label, amounts).amounts(), true);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
