package se.planledger.query.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.planledger.domain.file.FileLayout;
import se.planledger.domain.rejection.InvalidInput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes report lines as CSV or XLSX, both as Excel in Sweden opens them. A line's cell is a String, a BigDecimal
 * (an amount), an Integer (a year, a version, a count), a LocalDate or null; {@code headerRow} is the index of the column header, under the lines that name the report.
 * <ul>
 * <li>CSV: UTF-8 with a byte order mark (without it Excel reads Windows-1252), ';' between cells, numbers with a
 * decimal comma and no thousands separator ("-1223,5", which Excel reads as a number), dates as 2023-01-01.</li>
 * <li>XLSX: numbers and dates as numeric cells, each number shown with the decimals it states; a bold header row,
 * the panes frozen below it, columns as wide as their contents.</li>
 * </ul>
 * In both, a text that a spreadsheet would take as a formula is neutralised ({@link CellText}).
 */
@Component
public class SpreadsheetExport {

    private static final CSVFormat CSV = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').build();
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int MAX_COLUMN_CHARS = 60;

    private final LedgerSeal seals;

    public SpreadsheetExport(LedgerSeal seals) {
        this.seals = seals;
    }

    /**
     * The lines as a download in the asked format (csv or xlsx), its header at {@code headerRow}, ending with the seal
     * of the newest event known at {@code knownAt}: the file names the history it was read from.
     */
    public ResponseEntity<byte[]> file(String name, String format, Instant knownAt, List<List<Object>> answer,
                                       int headerRow) {
        String seal = seals.headAt(knownAt);
        List<List<Object>> lines = new ArrayList<>(answer);
        lines.add(List.of(FileLayout.SEAL, seal == null ? "inga förseglade händelser" : seal));
        return switch (format) {
            case "csv" -> ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .body(csv(lines));
            case "xlsx" -> ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".xlsx\"")
                    .contentType(XLSX)
                    .body(xlsx(name, lines, headerRow));
            default -> throw new InvalidInput("format", "export as csv or xlsx; got " + format);
        };
    }

    public byte[] csv(List<List<Object>> lines) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            for (List<Object> line : lines) {
                printer.printRecord(line.stream().map(SpreadsheetExport::csvText).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    public byte[] xlsx(String sheetName, List<List<Object>> lines, int headerRow) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            Styles styles = new Styles(workbook);
            Map<Integer, Integer> widths = new HashMap<>();
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Object value = line.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    write(cell, value, styles, r == headerRow);
                    if (r >= headerRow) {
                        widths.merge(c, csvText(value).length(), Math::max);
                    }
                }
            }
            if (headerRow < lines.size()) {
                sheet.createFreezePane(0, headerRow + 1);
            }
            widths.forEach((c, chars) -> sheet.setColumnWidth(c, (Math.min(chars, MAX_COLUMN_CHARS) + 3) * 256));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value, Styles styles, boolean header) {
        if (value instanceof BigDecimal amount) {
            cell.setCellValue(amount.doubleValue()); // POI stores every number as a double
            cell.setCellStyle(styles.number(Math.max(0, amount.scale())));
        } else if (value instanceof Integer count) {
            cell.setCellValue(count);
            cell.setCellStyle(styles.plain);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else {
            cell.setCellValue(CellText.neutralised(value.toString()));
            if (header) {
                cell.setCellStyle(styles.header);
            }
        }
    }

    private static String csvText(Object value) {
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString().replace('.', ',');
        }
        return value == null ? "" : CellText.neutralised(value.toString());
    }

    /** The workbook's cell styles, each made once (a workbook holds a limited number). */
    private static final class Styles {

        private final Workbook workbook;
        private final CellStyle header;
        private final CellStyle date;
        /** A year, version or count: a number without thousands separator. */
        private final CellStyle plain;
        private final Map<Integer, CellStyle> numbers = new HashMap<>();

        Styles(Workbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            plain = workbook.createCellStyle();
            plain.setDataFormat(workbook.createDataFormat().getFormat("0"));
        }

        /** "#,##0.0" for one decimal: Excel shows it with the reader's own separators ("1 223,0" in Sweden). */
        CellStyle number(int decimals) {
            return numbers.computeIfAbsent(decimals, d -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
                return style;
            });
        }
    }
}
