package se.planledger.query.risk;

import se.planledger.query.time.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.export.SpreadsheetExport;
import se.planledger.query.list.ListPage;

import java.util.List;

@RestController
@ReadsFrom({RiskProjection.GROUP})
@Tag(name = "Risks (read)", description = "Risk register, heatmap and risk histories at any asOf/knownAt")
public class RiskQueryController {

    private final RiskReadModel risks;
    private final RiskExport export;
    private final SpreadsheetExport spreadsheets;

    public RiskQueryController(RiskReadModel risks, RiskExport export, SpreadsheetExport spreadsheets) {
        this.risks = risks;
        this.export = export;
        this.spreadsheets = spreadsheets;
    }

    @GetMapping("/api/v1/risks")
    @Operation(summary = "The risk register: open risks as assessed by asOf, as known at knownAt; filter by board, "
            + "perspective (as assessed, e.g. Samhälle) or band (a band name, or 'measures' for those needing measures); "
            + "a page at a time (page, size), the total in X-Total-Count")
    public ResponseEntity<List<RiskView>> register(@RequestParam(required = false) String board,
                                                   @RequestParam(required = false) String perspective,
                                                   @RequestParam(required = false) String band,
                                                   @RequestParam(required = false) Integer page,
                                                   @RequestParam(required = false) Integer size, TimePoint at) {
        RiskFilter filter = risks.filter(board, perspective, band);
        return ListPage.of(risks.register(at, filter.board(), filter.perspective(), filter.band()), page, size);
    }

    @GetMapping("/api/v1/risks/heatmap")
    @Operation(summary = "The risk matrix: count and risks per consequence × probability cell, and which need measures")
    public HeatmapView heatmap(@RequestParam(required = false) String board,
                              @RequestParam(required = false) String perspective,
                              @RequestParam(required = false) String band, TimePoint at) {
        RiskFilter filter = risks.filter(board, perspective, band);
        return risks.heatmap(at, filter.board(), filter.perspective(), filter.band());
    }

    @GetMapping("/api/v1/risk-registers/{registerId}/risks/{riskId}")
    @Operation(summary = "One risk as assessed by asOf, as known at knownAt; the ETag is its version, for If-Match on "
            + "a reassessment or closing")
    public ResponseEntity<RiskView> risk(@PathVariable String registerId, @PathVariable String riskId, TimePoint at) {
        RiskView risk = risks.risk(registerId, riskId, at);
        return ResponseEntity.ok().eTag("\"" + risk.revision() + "\"").body(risk);
    }

    @GetMapping("/api/v1/risk-registers/{registerId}/risks/{riskId}/history")
    @Operation(summary = "Every assessment of the risk known at knownAt: score changes with who, when and why")
    public List<RiskReadModel.RiskChange> history(@PathVariable String registerId, @PathVariable String riskId, TimePoint at) {
        return risks.history(registerId, riskId, at.knownAt());
    }

    @GetMapping("/api/v1/risks/heatmap/export")
    @Operation(summary = "The heatmap as CSV or XLSX (format=csv|xlsx): one line per cell, then those needing measures")
    public ResponseEntity<byte[]> exportHeatmap(@RequestParam(defaultValue = "xlsx") String format,
                                                @RequestParam(required = false) String board,
                                                @RequestParam(required = false) String perspective, TimePoint at) {
        RiskFilter filter = risks.filter(board, perspective, null);
        HeatmapView heatmap = risks.heatmap(at, filter.board(), filter.perspective(), null);
        return spreadsheets.file("riskmatris", format, at.knownAt(), export.heatmapLines(heatmap, at),
                RiskExport.heatmapHeaderRow(heatmap));
    }

    @GetMapping("/api/v1/risks/export")
    @Operation(summary = "The risk register as CSV or XLSX (format=csv|xlsx)")
    public ResponseEntity<byte[]> export(@RequestParam(defaultValue = "xlsx") String format,
                                         @RequestParam(required = false) String board, TimePoint at) {
        List<RiskView> register = risks.register(at, risks.filter(board, null, null).board(), null, null);
        return spreadsheets.file("riskregister", format, at.knownAt(), export.registerLines(register, at),
                RiskExport.REGISTER_HEADER_ROW);
    }
}
