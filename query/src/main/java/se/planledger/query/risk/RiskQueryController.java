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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

@RestController
@ReadsFrom({RiskProjection.GROUP})
@Tag(name = "Risks (read)", description = "Risk register, heatmap and risk histories at any asOf/knownAt")
public class RiskQueryController {

    private final RiskReadModel risks;
    private final SpreadsheetExport spreadsheets;

    public RiskQueryController(RiskReadModel risks, SpreadsheetExport spreadsheets) {
        this.risks = risks;
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
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Riskmatris", "per", at.asOf(), "känt", at.knownAt().toString(), "skalversioner",
                heatmap.scaleVersions().toString()));
        if (heatmap.mixedScales()) {
            lines.add(List.of(heatmap.scaleNote()));
        }
        int headerRow = lines.size();
        lines.add(List.of("Konsekvens", "Sannolikhet", "Risk", "Antal", "Risker"));
        heatmap.cells().forEach(c -> lines.add(Arrays.asList(number(c.consequence()), number(c.probability()),
                number(c.score()), number(c.count()), String.join(", ", c.items().stream().map(HeatmapView.Item::riskId).toList()))));
        lines.add(List.of("Kräver åtgärder"));
        heatmap.needMeasures().forEach(i -> lines.add(Arrays.asList(i.riskId(), i.subjectName(), number(i.score()), i.band())));
        return spreadsheets.file("riskmatris", format, at.knownAt(), lines, headerRow);
    }

    @GetMapping("/api/v1/risks/export")
    @Operation(summary = "The risk register as CSV or XLSX (format=csv|xlsx)")
    public ResponseEntity<byte[]> export(@RequestParam(defaultValue = "xlsx") String format,
                                         @RequestParam(required = false) String board, TimePoint at) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Riskregister", "per", at.asOf(), "känt", at.knownAt().toString()));
        lines.add(List.of("Register", "Nr", "Perspektiv", "Framgångsfaktor", "Vad kan hända", "Konsekvens", "K", "S",
                "Risk", "Nivå", "Orsak", "Åtgärder", "Kontrollmetod", "Skala", "Bedömd"));
        for (RiskView r : risks.register(at, risks.filter(board, null, null).board(), null, null)) {
            lines.add(Arrays.asList(r.registerId(), r.riskId(), r.perspective(), r.subjectName(),
                    r.description() == null ? null : r.description().whatCanHappen(),
                    r.description() == null ? null : r.description().consequence(), number(r.consequence()),
                    number(r.probability()), number(r.score()), r.band(),
                    r.description() == null ? null : r.description().causes(),
                    r.description() == null ? null : r.description().measures(),
                    r.description() == null ? null : r.description().controlMethod(),
                    String.valueOf(r.scaleVersion()), r.assessedOn()));
        }
        return spreadsheets.file("riskregister", format, at.knownAt(), lines, 1);
    }

    private static BigDecimal number(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
