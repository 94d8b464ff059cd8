package se.planledger.query.budget;

import se.planledger.query.time.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.export.SpreadsheetExport;
import se.planledger.query.list.ListPage;
import se.planledger.query.time.TimePoints;

import java.util.List;

@RestController
@ReadsFrom({FrameworkProjection.GROUP, FinancialOutcomeProjection.GROUP})
@Tag(name = "Budget frameworks (read)", description = "Framework tables, frameworks per recipient, their history, "
        + "reconciliation and exports at any asOf/knownAt")
public class FrameworkQueryController {

    private final FrameworkReadModel frameworks;
    private final FinancialOutcomeReadModel outcomes;
    private final FrameworkExport export;
    private final FinancialOutcomeExport outcomeExport;
    private final SpreadsheetExport spreadsheets;
    private final TimePoints timePoints;

    public FrameworkQueryController(FrameworkReadModel frameworks, FinancialOutcomeReadModel outcomes,
                                    FrameworkExport export, FinancialOutcomeExport outcomeExport,
                                    SpreadsheetExport spreadsheets, TimePoints timePoints) {
        this.frameworks = frameworks;
        this.outcomes = outcomes;
        this.export = export;
        this.outcomeExport = outcomeExport;
        this.spreadsheets = spreadsheets;
        this.timePoints = timePoints;
    }

    @GetMapping("/api/v1/framework-tables")
    @Operation(summary = "Every framework table in force at asOf as known at knownAt, with its reconciliation")
    public List<FrameworkTableView> tables(TimePoint at) {
        return frameworks.tables(at);
    }

    @GetMapping("/api/v1/framework-tables/{tableId}")
    @Operation(summary = "One table in force at asOf as known at knownAt; the ETag is its version")
    public ResponseEntity<FrameworkTableView> table(@PathVariable String tableId, TimePoint at) {
        FrameworkTableView table = frameworks.table(tableId, at);
        return ResponseEntity.ok().eTag("\"" + table.version() + "\"").body(table);
    }

    @GetMapping("/api/v1/framework-tables/{tableId}/history")
    @Operation(summary = "Every version of the table known at knownAt, with cell-level changes and decisions")
    public List<FrameworkReadModel.TableVersionChange> history(@PathVariable String tableId, TimePoint at) {
        return frameworks.history(tableId, at.knownAt());
    }

    @GetMapping("/api/v1/framework-tables/{tableId}/export")
    @Operation(summary = "The table as CSV or XLSX (format=csv|xlsx), with its decision reference")
    public ResponseEntity<byte[]> exportTable(@PathVariable String tableId, @RequestParam(defaultValue = "xlsx") String format,
                                              TimePoint at) {
        FrameworkTableView table = frameworks.table(tableId, at);
        return spreadsheets.file(tableId, format, at.knownAt(), export.tableLines(table, at),
                FrameworkExport.TABLE_HEADER_ROW);
    }

    @GetMapping("/api/v1/frameworks/recipients")
    @Operation(summary = "Every recipient named in the framework tables in force at asOf as known at knownAt, with the "
            + "tables that name it; a page at a time (page, size), the total in X-Total-Count")
    public ResponseEntity<List<RecipientView>> recipients(@RequestParam(required = false) Integer page,
                                                          @RequestParam(required = false) Integer size, TimePoint at) {
        return ListPage.of(frameworks.recipients(at), page, size);
    }

    @GetMapping("/api/v1/frameworks")
    @Operation(summary = "A recipient's frameworks (e.g. recipient=Vårdval primärvård&year=2023) as in force at asOf, "
            + "as known at knownAt: build-up, amount in kronor, and every change with its decision")
    public List<FrameworkView> frameworks(@RequestParam String recipient, @RequestParam(required = false) Integer year,
                                          TimePoint at) {
        return frameworks.frameworks(recipient, year, at);
    }

    @GetMapping("/api/v1/framework-tables/diff")
    @Operation(summary = "What changed in every table between two points (fromAsOf/fromKnownAt, toAsOf/toKnownAt)")
    public List<FrameworkReadModel.TableDiff> diff(@RequestParam(required = false) String fromAsOf,
                                                   @RequestParam(required = false) String fromKnownAt,
                                                   @RequestParam(required = false) String toAsOf,
                                                   @RequestParam(required = false) String toKnownAt) {
        return frameworks.diff(timePoints.side("from", fromAsOf, fromKnownAt), timePoints.side("to", toAsOf, toKnownAt));
    }

    @GetMapping("/api/v1/financial-outcomes")
    @Operation(summary = "Every unit's financial follow-up for a year as reported by asOf and known at knownAt: "
            + "period result against target, annual forecast against the year's target, and how the forecast moved")
    public List<FinancialOutcomeView> financialOutcomes(@RequestParam int year, TimePoint at) {
        return outcomes.year(year, at);
    }

    @GetMapping("/api/v1/financial-outcomes/export")
    @Operation(summary = "Every unit's financial follow-up for a year as CSV or XLSX (format=csv|xlsx), as the list "
            + "answers it: one line per unit and report")
    public ResponseEntity<byte[]> exportFinancialOutcomes(@RequestParam int year,
                                                          @RequestParam(defaultValue = "xlsx") String format, TimePoint at) {
        return spreadsheets.file("ekonomisk-uppfoljning-" + year, format, at.knownAt(),
                outcomeExport.yearLines(year, outcomes.year(year, at), at), FinancialOutcomeExport.HEADER_ROW);
    }

    @GetMapping("/api/v1/financial-outcomes/{followUpId}/history")
    @Operation(summary = "Every figure recorded for a unit's year, corrections with their reasons, as known at knownAt; "
            + "with period, that report's alone, and the ETag is its latest revision, for If-Match on a correction")
    public ResponseEntity<List<FinancialOutcomeView.PeriodReport>> financialHistory(
            @PathVariable String followUpId, @RequestParam(required = false) String period, TimePoint at) {
        if (period == null) {
            return ResponseEntity.ok(outcomes.history(followUpId, at.knownAt()));
        }
        List<FinancialOutcomeView.PeriodReport> versions = outcomes.history(followUpId, ReportingPeriod.parse(period),
                at.knownAt());
        return ResponseEntity.ok().eTag("\"" + versions.get(versions.size() - 1).revision() + "\"").body(versions);
    }

    @GetMapping("/api/v1/reconciliation")
    @Operation(summary = "Every residual of every table in force: row or column, amounts, rounding difference or mismatch")
    public List<FrameworkTableView> reconciliation(TimePoint at) {
        return frameworks.reconciliation(at);
    }

    @GetMapping("/api/v1/reconciliation/export")
    @Operation(summary = "The reconciliation report as CSV or XLSX (format=csv|xlsx)")
    public ResponseEntity<byte[]> exportReconciliation(@RequestParam(defaultValue = "xlsx") String format, TimePoint at) {
        return spreadsheets.file("avstamning", format, at.knownAt(), export.reconciliationLines(frameworks.reconciliation(at), at),
                FrameworkExport.RECONCILIATION_HEADER_ROW);
    }
}
