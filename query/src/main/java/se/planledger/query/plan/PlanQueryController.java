package se.planledger.query.plan;

import se.planledger.query.time.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.export.SpreadsheetExport;
import se.planledger.query.time.TimePoints;

import java.util.List;

@RestController
@ReadsFrom({PlanProjection.GROUP})
@RequestMapping("/api/v1/plans")
@Tag(name = "Plan (read)", description = "The plan tree, its items and decisions at any asOf/knownAt")
public class PlanQueryController {

    private final PlanReadModel plans;
    private final TimePoints timePoints;
    private final PlanExport export;
    private final SpreadsheetExport spreadsheets;

    public PlanQueryController(PlanReadModel plans, TimePoints timePoints, PlanExport export,
                               SpreadsheetExport spreadsheets) {
        this.plans = plans;
        this.timePoints = timePoints;
        this.export = export;
        this.spreadsheets = spreadsheets;
    }

    @GetMapping
    @Operation(summary = "Plans known at knownAt")
    public List<PlanSummaryView> plans(TimePoint at) {
        return plans.plans(at.knownAt());
    }

    @GetMapping("/{planId}")
    @Operation(summary = "The plan tree in force at asOf as known at knownAt, or of one version (drafts too) with ?version=")
    public PlanTreeView tree(@PathVariable String planId, @RequestParam(required = false) Integer version, TimePoint at) {
        return version == null ? plans.tree(planId, at) : plans.treeOfVersion(planId, version, at);
    }

    @GetMapping("/{planId}/export")
    @Operation(summary = "The plan tree in force at asOf as known at knownAt as CSV or XLSX (format=csv|xlsx): one line "
            + "per item, with a target column per year of the plan")
    public ResponseEntity<byte[]> export(@PathVariable String planId, @RequestParam(defaultValue = "xlsx") String format,
                                         TimePoint at) {
        return spreadsheets.file("plan-" + planId, format, at.knownAt(), export.treeLines(plans.tree(planId, at), at),
                PlanExport.HEADER_ROW);
    }

    @GetMapping("/{planId}/items/{itemId}")
    @Operation(summary = "One item in force at asOf as known at knownAt; the ETag is its revision, for If-Match on writes")
    public ResponseEntity<PlanItemView> item(@PathVariable String planId, @PathVariable String itemId, TimePoint at) {
        PlanItemView item = plans.item(planId, itemId, at);
        return ResponseEntity.ok().eTag("\"" + item.revision() + "\"").body(item);
    }

    @GetMapping("/{planId}/items/{itemId}/history")
    @Operation(summary = "Every revision of the item known at knownAt, with the plan version and decision it belongs to")
    public List<PlanItemChangeView> history(@PathVariable String planId, @PathVariable String itemId, TimePoint at) {
        return plans.history(planId, itemId, at.knownAt());
    }

    @GetMapping("/{planId}/diff")
    @Operation(summary = "Items added, removed and changed (field by field) between two states of the plan. Each side is "
            + "a time point (fromAsOf/fromKnownAt, toAsOf/toKnownAt; same formats and defaults as asOf/knownAt) or a "
            + "plan version (fromVersion/toVersion, drafts too, as known at that side's knownAt). subtree limits it to "
            + "one item and everything under it.")
    public PlanDiffView diff(@PathVariable String planId,
                             @RequestParam(required = false) String fromAsOf, @RequestParam(required = false) String fromKnownAt,
                             @RequestParam(required = false) Integer fromVersion,
                             @RequestParam(required = false) String toAsOf, @RequestParam(required = false) String toKnownAt,
                             @RequestParam(required = false) Integer toVersion,
                             @RequestParam(required = false) String subtree) {
        return plans.diff(planId, timePoints.side("from", fromAsOf, fromKnownAt), fromVersion,
                timePoints.side("to", toAsOf, toKnownAt), toVersion, subtree);
    }

    @GetMapping("/{planId}/decisions")
    @Operation(summary = "The plan's versions and the decisions that put them in force, as known at knownAt")
    public List<PlanVersionView> decisions(@PathVariable String planId, TimePoint at) {
        return plans.versions(planId, at.knownAt());
    }
}
