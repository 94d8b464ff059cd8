package se.planledger.query.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.planledger.domain.money.SwedishNumber;
import se.planledger.domain.rejection.InvalidInput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes report lines as CSV (semicolon-separated, Swedish numbers, as Excel in Sweden reads them) or XLSX
 * (numeric cells). A line's cell is a String, a BigDecimal or null.
 */
@Component
public class SpreadsheetExport {

    /** A decision's reference as an export names it, or says the source states none. */
    public static String reference(String reference) {
        return reference == null ? "(diarienummer ej angivet i källan)" : reference;
    }

    private static final CSVFormat CSV = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').build();
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final LedgerSeal seals;

    public SpreadsheetExport(LedgerSeal seals) {
        this.seals = seals;
    }

    /**
     * The lines as a download in the asked format (csv or xlsx), ending with the seal of the newest event known at
     * {@code knownAt}: the file names the history it was read from.
     */
    public ResponseEntity<byte[]> file(String name, String format, Instant knownAt, List<List<Object>> answer) {
        String seal = seals.headAt(knownAt);
        List<List<Object>> lines = new ArrayList<>(answer);
        lines.add(List.of("Sigill", seal == null ? "inga förseglade händelser" : seal));
        return switch (format) {
            case "csv" -> ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .body(csv(lines).getBytes(StandardCharsets.UTF_8));
            case "xlsx" -> ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".xlsx\"")
                    .contentType(XLSX)
                    .body(xlsx(name, lines));
            default -> throw new InvalidInput("format", "export as csv or xlsx; got " + format);
        };
    }

    public String csv(List<List<Object>> lines) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            for (List<Object> line : lines) {
                printer.printRecord(line.stream().map(SpreadsheetExport::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public byte[] xlsx(String sheetName, List<List<Object>> lines) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Object value = line.get(c);
                    if (value instanceof BigDecimal amount) {
                        row.createCell(c).setCellValue(amount.doubleValue()); // POI stores every number as a double
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal amount) {
            return SwedishNumber.format(amount, Math.max(0, amount.scale()));
        }
        return value == null ? "" : value.toString();
    }
}
