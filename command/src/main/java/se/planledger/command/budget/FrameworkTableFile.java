package se.planledger.command.budget;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import se.planledger.command.api.ImportRows;
import se.planledger.domain.budget.ColumnRole;
import se.planledger.domain.budget.TableColumn;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.budget.TableRow;
import se.planledger.domain.money.FigureLimits;
import se.planledger.domain.money.SwedishNumber;
import se.planledger.domain.limits.InputLimits;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.Rejection;
import se.planledger.domain.rejection.RowErrors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a framework table file in the seed's layout: a header row (recipient, previous frame, wage & price index,
 * expansion, reduction, reallocation, this year's frame) and one row per recipient, "Totalt"/"Summa" marking the
 * total row. CSV (';' or ',' separated) or XLSX; Swedish ("1 223,0") and plain ("1223.0") numbers. Every bad cell
 * is reported; a file with any bad cell gives no table.
 */
public final class FrameworkTableFile {

    private static final Set<String> TOTALS = Set.of("totalt", "summa", "total");

    private FrameworkTableFile() {
    }

    public static TableFigures read(byte[] content, String format, String title, String amountUnit, int decimals, int year) {
        List<List<String>> cells = switch (format) {
            case "csv" -> csv(new String(content, StandardCharsets.UTF_8));
            case "xlsx" -> xlsx(content);
            default -> throw new InvalidInput("format", "import csv or xlsx; got " + format);
        };
        if (cells.size() < 2 || cells.get(0).size() < 2) {
            throw new InvalidInput("file", "a table file needs a header row and at least one row with a recipient and an amount");
        }
        List<String> header = cells.get(0);
        List<TableColumn> columns = new ArrayList<>();
        for (int c = 1; c < header.size(); c++) {
            ColumnRole role = c == header.size() - 1 ? ColumnRole.CLOSING : c == 1 && header.size() > 3 ? ColumnRole.OPENING : ColumnRole.COMPONENT;
            columns.add(new TableColumn(header.get(c).trim(), role));
        }
        List<CellError> errors = new ArrayList<>();
        List<TableRow> rows = new ArrayList<>();
        for (int r = 1; r < cells.size(); r++) {
            List<String> line = cells.get(r);
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            String label = line.get(0).trim();
            if (label.isEmpty()) {
                errors.add(new CellError(r + 1, header.get(0), "", "every row names its recipient"));
            }
            try {
                InputLimits.checkText("label", label);
            } catch (InvalidInput unkept) {
                errors.add(new CellError(r + 1, header.get(0), label.length() > 40 ? label.substring(0, 40) + "…" : label,
                        unkept.reason()));
            }
            List<BigDecimal> amounts = new ArrayList<>();
            for (int c = 1; c < header.size(); c++) {
                String value = c < line.size() ? line.get(c).trim() : "";
                if (value.isEmpty()) {
                    amounts.add(null);
                    continue;
                }
                amounts.add(amount(value, r + 1, header.get(c).trim(), errors));
            }
            rows.add(new TableRow(label, amounts, TOTALS.contains(label.toLowerCase(Locale.ROOT))));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        return new TableFigures(title, amountUnit, decimals, year, columns, rows, null);
    }

    /** The cell's figure, or null with the reason added to {@code errors} when it is no number the ledger keeps. */
    private static BigDecimal amount(String value, int row, String column, List<CellError> errors) {
        BigDecimal amount = SwedishNumber.tryParse(value).orElse(null);
        if (amount == null) {
            errors.add(new CellError(row, column, value, "not a number (e.g. 1 223,0 or 1223.0)"));
            return null;
        }
        try {
            FigureLimits.check(column, amount);
            return amount;
        } catch (InvalidInput tooBigOrTooFine) {
            errors.add(new CellError(row, column, value, tooBigOrTooFine.reason()));
            return null;
        }
    }

    private static List<List<String>> csv(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") ? ';' : ',';
        List<List<String>> cells = ImportRows.fromCsv(text,
                CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(delimiter).build());
        // A CSV row shorter than the header has lost cells (or uses another separator); XLSX rows may end early.
        List<RowErrors.RowError> shortRows = new ArrayList<>();
        for (int r = 1; r < cells.size(); r++) {
            if (cells.get(r).size() < cells.get(0).size()) {
                shortRows.add(new RowErrors.RowError(r + 1, "line", "has " + cells.get(r).size() + " field(s); the header has "
                        + cells.get(0).size() + ", separated by '" + delimiter + "'"));
            }
        }
        if (!shortRows.isEmpty()) {
            throw new RowErrors(shortRows);
        }
        return cells;
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            ImportRows.checkCount(sheet.getLastRowNum() - sheet.getFirstRowNum());
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> cells = new ArrayList<>();
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> line = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    line.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                            : formatter.formatCellValue(cell));
                }
                cells.add(line);
            }
            return cells;
        } catch (Rejection ownRefusal) {
            throw ownRefusal;
        } catch (IOException | RuntimeException e) {
            // Whatever POI throws means the bytes are no workbook it can read.
            throw new InvalidInput("file", "the XLSX cannot be read: " + e.getMessage());
        }
    }
}
