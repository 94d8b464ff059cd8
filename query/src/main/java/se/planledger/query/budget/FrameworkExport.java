package se.planledger.query.budget;

import org.springframework.stereotype.Component;
import se.planledger.domain.budget.Residual;
import se.planledger.domain.budget.TableColumn;
import se.planledger.domain.budget.TableRow;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.export.SpreadsheetExport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of the framework table and reconciliation exports (written as CSV or XLSX by
 * {@link se.planledger.query.export.SpreadsheetExport}). Every export names the time point and each table's
 * decision reference.
 */
@Component
public class FrameworkExport {

    /** The lines of an export, shared by both formats: a cell is a String or a BigDecimal (or null). */
    public List<List<Object>> tableLines(FrameworkTableView table, TimePoint at) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of(table.figures().title()));
        lines.add(List.of("Beslut", table.body() + " " + SpreadsheetExport.reference(table.reference()), "gäller från", table.effectiveDate().toString(),
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
                lines.add(Arrays.asList(table.figures().title(), table.body() + " " + SpreadsheetExport.reference(table.reference()),
                        r.check() == Residual.Check.ROW ? "rad" : "kolumn", r.label(), r.computed(), r.rounded(),
                        r.stated(), r.residual(), BigDecimal.valueOf(r.terms()), r.tolerance(),
                        r.verdict() == Residual.Verdict.ROUNDING ? "avrundningsdifferens" : "avvikelse"));
            }
        }
        return lines;
    }
}
