package se.planledger.command.budget;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import se.planledger.domain.budget.ColumnRole;
import se.planledger.domain.budget.TableColumn;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.budget.TableRow;
import se.planledger.domain.money.SwedishNumber;
import se.planledger.domain.rejection.InvalidInput;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
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
            List<BigDecimal> amounts = new ArrayList<>();
            for (int c = 1; c < header.size(); c++) {
                String value = c < line.size() ? line.get(c).trim() : "";
                if (value.isEmpty()) {
                    amounts.add(null);
                    continue;
                }
                int row = r + 1;
                String column = header.get(c).trim();
                amounts.add(SwedishNumber.tryParse(value).orElseGet(() -> {
                    errors.add(new CellError(row, column, value, "not a number (e.g. 1 223,0 or 1223.0)"));
                    return null;
                }));
            }
            rows.add(new TableRow(label, amounts, TOTALS.contains(label.toLowerCase(Locale.ROOT))));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        return new TableFigures(title, amountUnit, decimals, year, columns, rows, null);
    }

    private static List<List<String>> csv(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") ? ';' : ',';
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(delimiter).build())) {
            List<List<String>> cells = new ArrayList<>();
            for (CSVRecord record : parser) {
                cells.add(record.toList());
            }
            return cells;
        } catch (IOException | IllegalStateException e) {
            throw new InvalidInput("file", "the CSV cannot be read: " + e.getMessage());
        }
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
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
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput("file", "the XLSX cannot be read: " + e.getMessage());
        }
    }
}
