package se.planledger.query.budget;

import se.planledger.domain.time.TimePoint;
import se.planledger.query.support.OnBothDatabases;
import se.planledger.query.support.ReadSide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.query.support.When.at;

/** Närsjukvården's 2023 (DÅ04 corrected twice, then DÅ08) exported: one line per report in force, as corrected. */
class FinancialOutcomeExportTest {

    @OnBothDatabases
    void theYearIsOneLinePerUnitAndReportInForce(ReadSide readSide) {
        readSide.feed(readSide.financialOutcomeProjection(), FinancialOutcomeReadModelTest.history());
        TimePoint at = at("2023-12-31", "2023-12-31T00:00:00Z");

        List<List<Object>> lines = new FinancialOutcomeExport().yearLines(2023,
                readSide.financialOutcomes().year(2023, at), at);

        assertThat(lines.get(0)).containsExactly("Ekonomisk uppföljning 2023", "per", LocalDate.of(2023, 12, 31), "känt",
                "2023-12-31T00:00:00Z");
        assertThat(lines.get(FinancialOutcomeExport.HEADER_ROW)).containsExactly("Enhet", "Uppföljning", "Period",
                "Periodens resultat", "Periodens mål", "Avvikelse", "Helårsprognos", "Årets mål",
                "Avvikelse mot årets mål", "Prognosens ändring", "Belopp i", "Revision", "Källa", "Rättelse");
        assertThat(lines.subList(2, lines.size()).stream().map(FinancialOutcomeExportTest::figuresAsWritten).toList())
                .containsExactly(
                        Arrays.asList("Närsjukvården", "narsjukvard-2023", "DÅ04", "-14", "-10", "-4", "-32", "-20", "-12",
                                null, "mnkr", "3", null, "Pensionskostnad bokförd på fel period"),
                        Arrays.asList("Närsjukvården", "narsjukvard-2023", "DÅ08", "-25", "-15", "-10", "-36", "-20", "-16",
                                "-4", "mnkr", "1", "Delårsrapport augusti", null));
    }

    /** The line with each amount as its plain figure, whatever its scale. */
    private static List<Object> figuresAsWritten(List<Object> line) {
        return line.stream().map(cell -> cell instanceof BigDecimal amount
                ? (Object) amount.stripTrailingZeros().toPlainString() : cell).collect(Collectors.toList());
    }
}
