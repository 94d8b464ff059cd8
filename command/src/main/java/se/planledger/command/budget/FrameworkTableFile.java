package se.planledger.command.budget;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import se.planledger.command.api.ImportRows;
import se.planledger.command.api.UploadFormat;
import se.planledger.command.api.UploadText;
import se.planledger.domain.budget.ColumnRole;
import se.planledger.domain.budget.TableColumn;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.budget.TableFileLayout;
import se.planledger.domain.file.FileLayout;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a framework table file in the seed's layout: a header row (recipient, previous frame, wage & price index,
 * expansion, reduction, reallocation, this year's frame) and one row per recipient, "Totalt"/"Summa" marking the
 * total row. CSV (';' or ',' separated, UTF-8 or Windows-1252, see {@link UploadText}) or XLSX; Swedish ("1 223,0")
 * and plain ("1223.0") numbers. Above the header, a title line (a single cell) and the lines an export writes
 * ({@link TableFileLayout}) are read past; the note and the columns' roles are taken from them, so that an exported
 * table imports as the same table. Every bad cell is reported; a file with any bad cell gives no table.
 */
public final class FrameworkTableFile {

    private static final Set<String> TOTALS = Set.of("totalt", "summa", "total");

    private FrameworkTableFile() {
    }

    /** The file's cells as text, line by line as the file numbers them (a CSV's delimiter, null for a workbook). */
    private record Cells(List<List<String>> lines, Character delimiter) {
    }

    public static TableFigures read(byte[] content, UploadFormat format, String title, String amountUnit, int decimals,
                                    int year) {
        Cells file = cells(content, format);
        List<List<String>> cells = file.lines();
        int h = headerRow(cells);
        if (h < 0 || h == cells.size() - 1) {
            throw new InvalidInput("file", "a table file needs a header row and at least one row with a recipient and an amount");
        }
        if (file.delimiter() != null) {
            checkRowLengths(cells, h, file.delimiter());
        }
        List<String> header = cells.get(h);
        List<CellError> errors = new ArrayList<>();
        List<TableColumn> columns = columns(cells, h, errors);
        List<TableRow> rows = new ArrayList<>();
        for (int r = h + 1; r < cells.size(); r++) {
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
        return new TableFigures(title, amountUnit, decimals, year, columns, rows, note(cells, h));
    }

    /**
     * A refused file as {@link #read} saw it, its first {@code maxLines} lines, with each bad cell of {@code refused}
     * marked where it is: a cell by its row and its column's header, a short line at its first cell.
     */
    public static List<List<MarkedCell>> marked(byte[] content, UploadFormat format, InvalidInput refused, int maxLines) {
        List<List<String>> lines = cells(content, format).lines();
        List<String> header = headerRow(lines) < 0 ? List.of() : lines.get(headerRow(lines));
        Map<String, String> errors = new HashMap<>();
        if (refused instanceof ImportRejected cells) {
            cells.errors().forEach(e -> errors.merge(e.row() + ":" + header.indexOf(e.column()), e.reason(),
                    (a, b) -> a + "; " + b));
        } else if (refused instanceof RowErrors rows) {
            rows.errors().forEach(e -> errors.merge(e.row() + ":0", e.reason(), (a, b) -> a + "; " + b));
        }
        List<List<MarkedCell>> marked = new ArrayList<>();
        for (int r = 0; r < Math.min(lines.size(), maxLines); r++) {
            List<MarkedCell> line = new ArrayList<>();
            for (int c = 0; c < lines.get(r).size(); c++) {
                line.add(new MarkedCell(lines.get(r).get(c), errors.get((r + 1) + ":" + c)));
            }
            marked.add(line);
        }
        return marked;
    }

    private static Cells cells(byte[] content, UploadFormat format) {
        // ';' where any of the first lines holds one (as Excel in Sweden writes), else ','.
        String text = format == UploadFormat.CSV ? UploadText.decode(content) : null;
        Character delimiter = text == null ? null
                : text.lines().limit(10).anyMatch(line -> line.contains(";")) ? ';' : ',';
        List<List<String>> cells = text == null ? xlsx(content) : ImportRows.fromCsv(text,
                CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(delimiter).build());
        return new Cells(FileLayout.withoutSeal(cells).stream()
                .map(line -> line.stream().map(FrameworkTableFile::unneutralised).toList()).toList(), delimiter);
    }

    /**
     * The line under the columns' roles where an export states them, else the first line with two or more cells
     * that is not one an export writes above its header; -1 without one.
     */
    private static int headerRow(List<List<String>> cells) {
        for (int r = 0; r < cells.size(); r++) {
            List<String> line = cells.get(r);
            if (line.get(0).trim().equals(TableFileLayout.ROLES)) {
                return r + 1 < cells.size() ? r + 1 : -1;
            }
            if (line.stream().filter(cell -> !cell.isBlank()).count() >= 2 && !TableFileLayout.isAboveHeader(line.get(0))) {
                return r;
            }
        }
        return -1;
    }

    /** The columns named by the header, with the roles the line above it states or, without it, the seed's layout's. */
    private static List<TableColumn> columns(List<List<String>> cells, int h, List<CellError> errors) {
        List<String> header = cells.get(h);
        int rolesRow = aboveHeader(cells, h, TableFileLayout.ROLES);
        List<String> stated = rolesRow < 0 ? null : cells.get(rolesRow);
        List<TableColumn> columns = new ArrayList<>();
        for (int c = 1; c < header.size(); c++) {
            ColumnRole role = c == header.size() - 1 ? ColumnRole.CLOSING : c == 1 && header.size() > 3 ? ColumnRole.OPENING : ColumnRole.COMPONENT;
            if (stated != null) {
                String word = c < stated.size() ? stated.get(c).trim() : "";
                role = TableFileLayout.role(word).orElse(null);
                if (role == null) {
                    errors.add(new CellError(rolesRow + 1, header.get(c).trim(), word, "a column's role is "
                            + TableFileLayout.word(ColumnRole.OPENING) + ", " + TableFileLayout.word(ColumnRole.COMPONENT)
                            + " or " + TableFileLayout.word(ColumnRole.CLOSING)));
                }
            }
            columns.add(new TableColumn(header.get(c).trim(), role));
        }
        return columns;
    }

    private static String note(List<List<String>> cells, int h) {
        int row = aboveHeader(cells, h, TableFileLayout.NOTE);
        return row < 0 || cells.get(row).size() < 2 || cells.get(row).get(1).isBlank() ? null : cells.get(row).get(1).trim();
    }

    /** The index of the line above the header that starts with {@code label}, or -1. */
    private static int aboveHeader(List<List<String>> cells, int h, String label) {
        for (int r = 0; r < h; r++) {
            if (cells.get(r).get(0).trim().equals(label)) {
                return r;
            }
        }
        return -1;
    }

    /** An exported text cell that a spreadsheet would have taken as a formula has an apostrophe in front: drop it. */
    private static String unneutralised(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
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

    /** A CSV row shorter than the header has lost cells (or uses another separator); XLSX rows may end early. */
    private static void checkRowLengths(List<List<String>> cells, int h, char delimiter) {
        int fields = cells.get(h).size();
        List<RowErrors.RowError> shortRows = new ArrayList<>();
        for (int r = h + 1; r < cells.size(); r++) {
            if (cells.get(r).size() < fields) {
                shortRows.add(new RowErrors.RowError(r + 1, "line", "has " + cells.get(r).size() + " field(s); the header has "
                        + fields + ", separated by '" + delimiter + "'"));
            }
        }
        if (!shortRows.isEmpty()) {
            throw new RowErrors(shortRows);
        }
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            ImportRows.checkCount(sheet.getLastRowNum() - sheet.getFirstRowNum());
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> cells = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> line = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    line.add(cell == null ? "" : text(cell, formatter));
                }
                cells.add(line.isEmpty() ? List.of("") : line);
            }
            return cells;
        } catch (Rejection ownRefusal) {
            throw ownRefusal;
        } catch (IOException | RuntimeException e) {
            // Whatever POI throws means the bytes are no workbook it can read.
            throw new InvalidInput("file", "the XLSX cannot be read: " + e.getMessage());
        }
    }

    /** A cell as text: a formula by its last result, a date as 2023-01-01, a number with the decimals it shows. */
    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString()).toPlainString();
            case STRING -> cell.getStringCellValue();
            case BLANK -> "";
            default -> formatter.formatCellValue(cell); // an error such as #DIV/0!, which is no number
        };
    }

    /**
     * The number as stated: POI keeps a double, so 1223.0 comes back as 1223; the decimals its number format shows
     * ("#,##0.0", as the export writes a figure stated with one decimal) give back its stated precision.
     */
    static BigDecimal number(double value, String numberFormat) {
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        String positive = numberFormat == null ? "" : numberFormat.split(";")[0];
        int point = positive.indexOf('.');
        int shown = 0;
        while (point >= 0 && !positive.contains("%") && point + 1 + shown < positive.length()
                && positive.charAt(point + 1 + shown) == '0') {
            shown++;
        }
        return exact.setScale(Math.max(Math.max(exact.scale(), shown), 0));
    }
}
