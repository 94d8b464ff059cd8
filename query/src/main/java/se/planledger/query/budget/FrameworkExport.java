package se.planledger.query.budget;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import se.planledger.domain.budget.Residual;
import se.planledger.domain.budget.TableColumn;
import se.planledger.domain.budget.TableRow;
import se.planledger.domain.money.SwedishNumber;
import se.planledger.domain.time.TimePoint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Framework tables and the reconciliation report as CSV (semicolon-separated, Swedish numbers, for Excel in
 * Sweden) and XLSX (numeric cells). Every export names the time point and each table's decision reference.
 */
@Component
public class FrameworkExport {

    private static final CSVFormat CSV = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').build();

    /** The lines of an export, shared by both formats: a cell is a String or a BigDecimal (or null). */
    public List<List<Object>> tableLines(FrameworkTableView table, TimePoint at) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of(table.figures().title()));
        lines.add(List.of("Beslut", table.body() + " " + table.reference(), "gäller från", table.effectiveDate().toString(),
                "version", String.valueOf(table.version())));
        lines.add(List.of("Per", at.asOf().toString(), "känt", at.knownAt().toString(), "belopp", table.figures().amountUnit()));
        List<Object> header = new ArrayList<>();
        header.add("");
        table.figures().columns().stream().map(TableColumn::name).forEach(header::add);
        lines.add(header);
        for (TableRow row : table.figures().rows()) {
            List<Object> line = new ArrayList<>();
            line.add(row.label());
            line.addAll(row.amounts());
            lines.add(line);
        }
        return lines;
    }

    public List<List<Object>> reconciliationLines(List<FrameworkTableView> tables, TimePoint at) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Avstämning av ramtabeller", "per", at.asOf().toString(), "känt", at.knownAt().toString()));
        lines.add(List.of("Tabell", "Beslut", "Kontroll", "Rad/kolumn", "Summa", "Avrundad", "Angivet", "Differens",
                "Termer", "Tolerans", "Bedömning"));
        for (FrameworkTableView table : tables) {
            for (Residual r : table.residuals()) {
                lines.add(Arrays.asList(table.figures().title(), table.body() + " " + table.reference(),
                        r.check() == Residual.Check.ROW ? "rad" : "kolumn", r.label(), r.computed(), r.rounded(),
                        r.stated(), r.residual(), BigDecimal.valueOf(r.terms()), r.tolerance(),
                        r.verdict() == Residual.Verdict.ROUNDING ? "avrundningsdifferens" : "avvikelse"));
            }
        }
        return lines;
    }

    public String csv(List<List<Object>> lines) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            for (List<Object> line : lines) {
                printer.printRecord(line.stream().map(FrameworkExport::text).toList());
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
