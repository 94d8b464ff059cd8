package se.planledger.query.export;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetExportTest {

    private static final List<List<Object>> LINES = List.of(
            List.of("Ram", "per", LocalDate.of(2023, 3, 1), "år", 2023),
            List.of("Enhet", "Belopp", "Kommentar"),
            Arrays.asList("=HYPERLINK(\"http://x\")", new BigDecimal("-12.5"), "-5 % mot plan"),
            Arrays.asList("@SUM(A1)", new BigDecimal("1223.0"), null),
            Arrays.asList("+46 920", BigDecimal.ZERO, "\tflik"));

    private final SpreadsheetExport export = new SpreadsheetExport(knownAt -> "292:5d1c0e");

    @Test
    void csvOpensInSwedishExcelWithFormulasNeutralisedAndNegativeNumbersKept() {
        byte[] csv = export.csv(LINES);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "Ram;per;2023-03-01;år;2023",
                "Enhet;Belopp;Kommentar",
                "\"'=HYPERLINK(\"\"http://x\"\")\";-12,5;'-5 % mot plan",
                "'@SUM(A1);1223,0;",
                "'+46 920;0;'\tflik");
    }

    @Test
    void xlsxHasNumbersAndDatesAsCellsTextNeutralisedAndItsHeaderBoldAndFrozen() throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx("ram", LINES, 1)))) {
            Sheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getRow(0).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2023-03-01");
            assertThat(sheet.getRow(0).getCell(4).getNumericCellValue()).isEqualTo(2023.0);
            assertThat(sheet.getRow(0).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(workbook.getFontAt(sheet.getRow(2).getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(-12.5);
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("'@SUM(A1)");
            assertThat(sheet.getRow(4).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
    }

    @Test
    void aSheetNameLongerThanExcelAllowsIsShortened() throws Exception {
        String longId = "a-table-id-of-more-than-thirty-one-characters";
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.xlsx(longId, LINES, 1)))) {
            assertThat(workbook.getSheetName(0)).isEqualTo(longId.substring(0, 31));
        }
    }
}
