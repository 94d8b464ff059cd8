package se.planledger.query.control;

import se.planledger.query.time.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.export.LedgerSeal;
import se.planledger.query.export.SpreadsheetExport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

@RestController
@ReadsFrom({ControlProjection.GROUP})
@Tag(name = "Internal control (read)", description = "Control plans, status board, risk chain and reports at any asOf/knownAt")
public class ControlQueryController {

    private final ControlReadModel control;
    private final SpreadsheetExport spreadsheets;
    private final LedgerSeal seals;

    public ControlQueryController(ControlReadModel control, SpreadsheetExport spreadsheets, LedgerSeal seals) {
        this.control = control;
        this.spreadsheets = spreadsheets;
        this.seals = seals;
    }

    @GetMapping("/api/v1/control-plans")
    @Operation(summary = "Internal-control plans in force at asOf as known at knownAt")
    public List<ControlViews.Plan> plans(TimePoint at) {
        return control.plans(at);
    }

    @GetMapping("/api/v1/control-plans/{planId}/status")
    @Operation(summary = "The status board: per control point DONE_ON_TIME, DEVIATION_OPEN, LATE or NOT_DUE, with controls and actions")
    public List<ControlViews.PointStatus> status(@PathVariable String planId, TimePoint at) {
        return control.status(planId, at);
    }

    @GetMapping("/api/v1/control-plans/{planId}/actions/{actionId}")
    @Operation(summary = "One action as it stood at asOf, as known at knownAt; the ETag is its latest revision, for "
            + "If-Match on a status change")
    public ResponseEntity<ControlViews.Action> action(@PathVariable String planId, @PathVariable String actionId,
                                                      TimePoint at) {
        ControlViews.Action action = control.action(planId, actionId, at);
        return ResponseEntity.ok().eTag("\"" + control.latestRevision(planId, actionId, at.knownAt()) + "\"")
                .body(action);
    }

    @GetMapping("/api/v1/risks/{riskId}/chain")
    @Operation(summary = "From a risk to the control points covering it, their results, deviations and actions")
    public List<ControlViews.PointStatus> chain(@PathVariable String riskId, TimePoint at) {
        return control.chain(riskId, at);
    }

    @GetMapping("/api/v1/risks/{riskId}/chain/export")
    @Operation(summary = "The chain from a risk as CSV or XLSX (format=csv|xlsx): one line per control and action")
    public ResponseEntity<byte[]> exportChain(@PathVariable String riskId, @RequestParam(defaultValue = "xlsx") String format,
                                              TimePoint at) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Kedja från risk " + riskId, "per", at.asOf(), "känt", at.knownAt().toString()));
        lines.add(List.of("Plan", "Kontrollmoment", "Status", "Kontroll", "Utförd", "Resultat", "Åtgärd", "Ägare", "Klar senast",
                "Åtgärdsstatus"));
        for (ControlViews.PointStatus point : control.chain(riskId, at)) {
            lines.add(Arrays.asList(point.planId(), point.what(), point.light().name(), null, null, null, null, null, null, null));
            point.controls().forEach(c -> lines.add(Arrays.asList(point.planId(), point.what(), null, c.controlId(),
                    c.performedOn(), c.result(), null, null, null, null)));
            point.actions().forEach(a -> lines.add(Arrays.asList(point.planId(), point.what(), null, a.controlId(), null, null,
                    a.what(), a.owner(), a.dueDate(), a.status())));
        }
        return spreadsheets.file("kedja-" + riskId, format, at.knownAt(), lines, 1);
    }

    @GetMapping("/api/v1/control-plans/{planId}/reports")
    @Operation(summary = "The follow-up reports as delivered, known at knownAt, each with the event chain's seal when "
            + "it was recorded")
    public List<ControlViews.DeliveredReport> reports(@PathVariable String planId, TimePoint at) {
        return control.reports(planId, at.knownAt()).stream().map(r -> r.sealed(seals.headAt(r.recordedAt()))).toList();
    }

    @GetMapping("/api/v1/control-plans/{planId}/status/export")
    @Operation(summary = "The control plan with its status board as CSV or XLSX (format=csv|xlsx)")
    public ResponseEntity<byte[]> export(@PathVariable String planId, @RequestParam(defaultValue = "xlsx") String format,
                                         TimePoint at) {
        ControlViews.Plan plan = control.plan(planId, at);
        List<List<Object>> lines = new ArrayList<>();
        // The reference's cell stays empty where the source gives none.
        lines.add(Arrays.asList("Internkontrollplan " + plan.year(), plan.board(), "beslut", plan.reference(), "per",
                at.asOf(), "känt", at.knownAt().toString()));
        lines.add(List.of("Kontrollmoment", "Kontrollutförare", "Kontrollmetod", "Status", "Senast kontrollerad", "Öppna åtgärder"));
        for (ControlViews.PointStatus point : control.status(planId, at)) {
            lines.add(Arrays.asList(point.what(), point.performer(), point.method(), point.light().name(),
                    point.controls().isEmpty() ? null : point.controls().get(point.controls().size() - 1).performedOn(),
                    String.valueOf(point.actions().stream().filter(a -> !a.status().equals("DONE") && !a.status().equals("CANCELLED")).count())));
        }
        return spreadsheets.file("internkontroll-" + planId, format, at.knownAt(), lines, 1);
    }
}
