package se.planledger.query.followup;

import se.planledger.query.time.ReadsFrom;
import se.planledger.query.plan.PlanProjection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.planledger.domain.followup.ReportingUnit;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.export.SpreadsheetExport;

import java.util.List;

@RestController
@ReadsFrom({FollowUpProjection.GROUP, PlanProjection.GROUP})
@Tag(name = "Follow-up (read)", description = "Interim and annual report tables at any asOf/knownAt")
public class FollowUpQueryController {

    private final FollowUpReadModel reports;
    private final FollowUpExport export;
    private final SpreadsheetExport spreadsheets;

    public FollowUpQueryController(FollowUpReadModel reports, FollowUpExport export, SpreadsheetExport spreadsheets) {
        this.reports = reports;
        this.export = export;
        this.spreadsheets = spreadsheets;
    }

    @GetMapping("/api/v1/plans/{planId}/interim-report")
    @Operation(summary = "The follow-up table for a unit (default the whole region), year and report period (DÅ04, DÅ08, ÅR, T1–T3); "
            + "a plan the ledger does not know, or a unit no outcome names, is a 404 problem naming it")
    public InterimReportView report(@PathVariable String planId, @RequestParam(defaultValue = ReportingUnit.WHOLE_REGION) String unit,
                                    @RequestParam int year, @RequestParam String period, TimePoint at) {
        return reports.report(planId, unit, year, ReportingPeriod.parse(period), at);
    }

    @GetMapping("/api/v1/plans/{planId}/units")
    @Operation(summary = "The units with outcomes for a year and report period, as known at knownAt: the names a report "
            + "request takes (a part of a name, in any case, is enough when it points at one unit); an unknown plan is a 404")
    public List<String> units(@PathVariable String planId, @RequestParam int year, @RequestParam String period,
                              TimePoint at) {
        return reports.units(planId, year, ReportingPeriod.parse(period), at.knownAt());
    }

    @GetMapping("/api/v1/plans/{planId}/outcomes/history")
    @Operation(summary = "Every version of one outcome known at knownAt: as first reported, then each correction; the "
            + "ETag is the latest version's revision, for If-Match on a correction or re-evaluation")
    public ResponseEntity<List<OutcomeVersionView>> outcomeHistory(@PathVariable String planId, @RequestParam String indicatorId,
                                                @RequestParam(defaultValue = ReportingUnit.WHOLE_REGION) String unit,
                                                @RequestParam int year, @RequestParam String period, TimePoint at) {
        List<OutcomeVersionView> versions = reports.outcomeHistory(planId, indicatorId, unit, year,
                ReportingPeriod.parse(period), at.knownAt());
        return ResponseEntity.ok().eTag("\"" + versions.get(versions.size() - 1).revision() + "\"").body(versions);
    }

    @GetMapping("/api/v1/plans/{planId}/outcomes/export")
    @Operation(summary = "Every outcome of a report period as known at knownAt, as CSV or XLSX (format=csv|xlsx) in the "
            + "layout the outcome import reads (period; unit; indicator; column T/K/M; value; source; note)")
    public ResponseEntity<byte[]> exportOutcomes(@PathVariable String planId, @RequestParam int year,
                                                 @RequestParam String period,
                                                 @RequestParam(defaultValue = "csv") String format, TimePoint at) {
        ReportingPeriod reportingPeriod = ReportingPeriod.parse(period);
        List<List<Object>> lines = export.outcomeLines(planId, year, reportingPeriod,
                reports.outcomes(planId, year, reportingPeriod, at.knownAt()), at);
        return spreadsheets.file("utfall-" + planId, format, at.knownAt(), lines, FollowUpExport.HEADER_ROW);
    }

    @GetMapping("/api/v1/plans/{planId}/interim-report/export")
    @Operation(summary = "The follow-up table as CSV or XLSX (format=csv|xlsx)")
    public ResponseEntity<byte[]> export(@PathVariable String planId, @RequestParam(defaultValue = ReportingUnit.WHOLE_REGION) String unit,
                                         @RequestParam int year, @RequestParam String period,
                                         @RequestParam(defaultValue = "xlsx") String format, TimePoint at) {
        InterimReportView report = reports.report(planId, unit, year, ReportingPeriod.parse(period), at);
        return spreadsheets.file("uppfoljning-" + planId, format, at.knownAt(), export.reportLines(report, at),
                FollowUpExport.HEADER_ROW);
    }
}
