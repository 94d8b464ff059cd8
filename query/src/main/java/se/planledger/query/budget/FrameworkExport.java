package se.planledger.query.budget;

import org.springframework.stereotype.Component;
import se.planledger.domain.budget.Residual;
import se.planledger.domain.budget.TableColumn;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.budget.TableFileLayout;
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
 * decision reference, in a cell of its own that stays empty where the source gives none (no placeholder text).
 */
@Component
public class FrameworkExport {

    /** The index of the column header in {@link #tableLines}. */
    public static final int TABLE_HEADER_ROW = 6;
    /** The index of the column header in {@link #reconciliationLines}. */
    public static final int RECONCILIATION_HEADER_ROW = 1;

    /**
     * The lines of a table's export, shared by both formats (cells as {@link SpreadsheetExport} takes them):
     * the title, the decision, who recorded it and when, the time point, the note, each column's role, then the
     * header ({@link #TABLE_HEADER_ROW}) and the rows as stated. The import reads these lines back
     * ({@link TableFileLayout}), so that an exported table imports as the same table.
     */
    public List<List<Object>> tableLines(FrameworkTableView table, TimePoint at) {
        TableFigures figures = table.figures();
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of(figures.title()));
        lines.add(Arrays.asList(TableFileLayout.DECISION, table.body(), "diarienummer",
                table.reference(), "beslutsdatum", table.decisionDate(), "gäller från",
                table.effectiveDate(), "version", table.version()));
        lines.add(Arrays.asList(TableFileLayout.RECORDED, table.recordedBy(), "registrerad", table.recordedAt().toString()));
        lines.add(Arrays.asList(TableFileLayout.TIME_POINT, at.asOf(), "känt", at.knownAt().toString(), "belopp i",
                figures.amountUnit(), "decimaler", figures.decimals(), "år", figures.year()));
        lines.add(Arrays.asList(TableFileLayout.NOTE, figures.note()));
        List<Object> roles = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        roles.add(TableFileLayout.ROLES);
        header.add("");
        for (TableColumn column : figures.columns()) {
            roles.add(TableFileLayout.word(column.role()));
            header.add(column.name());
        }
        lines.add(roles);
        lines.add(header);
        for (TableRow row : figures.rows()) {
            List<Object> line = new ArrayList<>();
            line.add(row.label());
            line.addAll(row.amounts());
            lines.add(line);
        }
        return lines;
    }

    public List<List<Object>> reconciliationLines(List<FrameworkTableView> tables, TimePoint at) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Avstämning av ramtabeller", "per", at.asOf(), "känt", at.knownAt().toString()));
        lines.add(List.of("Tabell-id", "Tabell", "Beslut", "Diarienummer", "Kontroll", "Rad/kolumn", "Summa", "Avrundad", "Angivet", "Differens",
                "Termer", "Tolerans", "Bedömning"));
        for (FrameworkTableView table : tables) {
            for (Residual r : table.residuals()) {
                lines.add(Arrays.asList(table.tableId(), table.figures().title(),
                        table.body(), table.reference(),
                        r.check() == Residual.Check.ROW ? "rad" : "kolumn", r.label(), r.computed(), r.rounded(),
                        r.stated(), r.residual(), BigDecimal.valueOf(r.terms()), r.tolerance(),
                        r.verdict() == Residual.Verdict.ROUNDING ? "avrundningsdifferens" : "avvikelse"));
            }
        }
        return lines;
    }
}
