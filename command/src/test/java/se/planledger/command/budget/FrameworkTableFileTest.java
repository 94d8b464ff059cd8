package se.planledger.command.budget;

import org.junit.jupiter.api.Test;
import se.planledger.command.api.UploadFormat;
import se.planledger.domain.budget.ColumnRole;
import se.planledger.domain.budget.TableColumn;
import se.planledger.domain.budget.TableFigures;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FrameworkTableFileTest {

    @Test
    void theLinesAnExportWritesAboveTheHeaderAreReadPastAndGiveTheNoteAndTheRoles() {
        String csv = """
                Investeringsramar 2023, mnkr
                Beslut;RS;diarienummer;Dnr 1043-2022;beslutsdatum;;gäller från;2023-01-01;version;1
                Registrerad av;demo-data;registrerad;2023-01-02T10:00:00Z
                Per;2023-03-01;känt;2023-05-01T00:00:00Z;belopp i;mnkr;decimaler;1;år;2023
                Anmärkning;Beslutsnivå × kategori
                Kolumnroll;delbelopp;delbelopp;delbelopp;årets ram
                ;Inventarier & fastigheter;Finansiella investeringar;Akutram;Summa
                '=Regionstyrelsen;206,0;6,0;;212,0
                Summa;206,0;-6,0;;200,0
                """;

        TableFigures figures = FrameworkTableFile.read(csv.getBytes(StandardCharsets.UTF_8), UploadFormat.CSV,
                "Investeringsramar 2023, mnkr", "mnkr", 1, 2023);

        assertThat(figures.note()).isEqualTo("Beslutsnivå × kategori");
        assertThat(figures.columns()).extracting(TableColumn::role).containsExactly(ColumnRole.COMPONENT,
                ColumnRole.COMPONENT, ColumnRole.COMPONENT, ColumnRole.CLOSING);
        assertThat(figures.rows()).hasSize(2);
        assertThat(figures.rows().get(0).label()).isEqualTo("=Regionstyrelsen");
        assertThat(figures.rows().get(0).amounts()).containsExactly(new BigDecimal("206.0"), new BigDecimal("6.0"), null,
                new BigDecimal("212.0"));
        assertThat(figures.rows().get(1).amountIn(1)).isEqualTo(new BigDecimal("-6.0"));
        assertThat(figures.rows().get(1).total()).isTrue();
    }

    @Test
    void aRoleTheLayoutDoesNotKnowIsRefusedNamingItsLineAndColumn() {
        String csv = "Kolumnroll;föregående ram;ökning;årets ram\n;Ram 2022;Utökning;Ram 2023\nA;1,0;0,5;1,5\n";

        ImportRejected refused = catchThrowableOfType(ImportRejected.class, () -> FrameworkTableFile.read(
                csv.getBytes(StandardCharsets.UTF_8), UploadFormat.CSV, "Ram", "mnkr", 1, 2023));

        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(1);
            assertThat(error.column()).isEqualTo("Utökning");
            assertThat(error.value()).isEqualTo("ökning");
        });
    }

    @Test
    void aWorkbookNumberKeepsTheDecimalsItsFormatShows() {
        assertThat(FrameworkTableFile.number(1223.0, "#,##0.0")).isEqualTo(new BigDecimal("1223.0"));
        assertThat(FrameworkTableFile.number(0.01, "#,##0.0")).isEqualTo(new BigDecimal("0.01"));
        assertThat(FrameworkTableFile.number(1000.0, "General")).isEqualTo(new BigDecimal("1000"));
        assertThat(FrameworkTableFile.number(-15.0, "#,##0.00;[Red]-#,##0.00")).isEqualTo(new BigDecimal("-15.00"));
    }
}
