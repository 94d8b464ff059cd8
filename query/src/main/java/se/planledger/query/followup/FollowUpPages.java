package se.planledger.query.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.planledger.domain.followup.ReportingUnit;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.page.WorkspacePage;
import se.planledger.query.plan.PlanProjection;
import se.planledger.query.time.ReadsFrom;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The follow-up pages: the interim report (the follow-up table with traffic lights, trends, women and men, and goal
 * judgements) and one indicator's trend across periods and years against its target, as a chart and a table.
 */
@Controller
@WorkspacePage
@ReadsFrom({FollowUpProjection.GROUP, PlanProjection.GROUP})
public class FollowUpPages {

    /** Fulfilment as the report's traffic light says it; a goal or indicator without judgement is "NONE". */
    static final Map<String, String> FULFILMENT = Map.of("MET", "Uppnått", "PARTLY_MET", "Delvis uppnått",
            "NOT_MET", "Ej uppnått", "NOT_ASSESSABLE", "Kan inte bedömas", "NONE", "Ej bedömt");
    /** The trend as an arrow and in words, read in the indicator's good direction. */
    static final Map<String, String> TRENDS = Map.of("IMPROVING", "↑ förbättring", "UNCHANGED", "→ oförändrat",
            "WORSENING", "↓ försämring", "UNKNOWN", "? okänd");

    /**
     * A work status as the report's column says it; "NOT_STATED" is a report whose comment stands under a status it
     * does not state, "NONE" an action with no report for the period.
     */
    static final Map<String, String> WORK_STATUSES = Map.of("NOT_STARTED", "Ej påbörjad", "ONGOING", "Pågår",
            "DONE", "Klar", "CANCELLED", "Avbruten", "NOT_STATED", "ej angiven", "NONE", "");

    /** The outcome form's fields as its labels name them, for a refusal to say where it is. */
    static final Map<String, String> FORM_FIELDS = Map.ofEntries(Map.entry("total", "Utfall totalt"),
            Map.entry("women", "Kvinnor"), Map.entry("men", "Män"), Map.entry("peerValue", "Jämförelsevärde"),
            Map.entry("reason", "Skäl till rättelsen"), Map.entry("indicatorId", "Styrmått"), Map.entry("year", "År"),
            Map.entry("period", "Period"), Map.entry("unit", "Enhet"), Map.entry("source", "Källa"),
            // a correction of another revision than the page showed (someone corrected it since)
            Map.entry("If-Match", "Utfallet har ändrats sedan sidan visades; läs om sidan"));

    private final FollowUpReadModel reports;
    private final ObjectMapper json;

    public FollowUpPages(FollowUpReadModel reports, ObjectMapper json) {
        this.reports = reports;
        this.json = json;
    }

    @GetMapping("/plans/{planId}/interim-report")
    public String report(@PathVariable String planId, @RequestParam(defaultValue = ReportingUnit.WHOLE_REGION) String unit,
                         @RequestParam int year, @RequestParam String period, TimePoint at, Model model) {
        model.addAttribute("report", reports.report(planId, unit, year, ReportingPeriod.parse(period), at));
        model.addAttribute("periods", Arrays.stream(ReportingPeriod.values()).map(ReportingPeriod::label).toList());
        model.addAttribute("fulfilment", FULFILMENT);
        model.addAttribute("trends", TRENDS);
        model.addAttribute("workStatuses", WORK_STATUSES);
        return "followup/report";
    }

    /**
     * The form for an indicator's outcome of a report period: empty for a first outcome, filled with the outcome as
     * reported for a correction (which needs its reason). Read as known now: one corrects what is there.
     */
    @GetMapping("/plans/{planId}/outcome-form")
    public String outcomeForm(@PathVariable String planId, @RequestParam(required = false) String indicatorId,
                              @RequestParam(defaultValue = ReportingUnit.WHOLE_REGION) String unit,
                              @RequestParam int year, @RequestParam String period, TimePoint at, Model model) {
        InterimReportView report = reports.reportOf(planId, ReportingUnit.orWholeRegion(unit), year,
                ReportingPeriod.parse(period), at);
        List<InterimReportView.Row> indicators = report.perspectives().stream()
                .flatMap(p -> p.goals().stream()).flatMap(g -> g.factors().stream())
                .flatMap(f -> f.indicators().stream()).toList();
        InterimReportView.Row chosen = indicators.stream().filter(row -> row.indicatorId().equals(indicatorId))
                .findFirst().orElse(null);
        boolean reported = chosen != null && (chosen.total() != null || chosen.women() != null || chosen.men() != null);
        model.addAttribute("report", report);
        model.addAttribute("indicators", indicators);
        model.addAttribute("chosen", chosen);
        model.addAttribute("mode", reported ? "correct" : "record");
        model.addAttribute("labels", FORM_FIELDS);
        model.addAttribute("periods", Arrays.stream(ReportingPeriod.values()).map(ReportingPeriod::label).toList());
        return "followup/outcome-form";
    }

    @GetMapping("/plans/{planId}/indicators/{indicatorId}/trend")
    public String trend(@PathVariable String planId, @PathVariable String indicatorId,
                        @RequestParam(defaultValue = ReportingUnit.WHOLE_REGION) String unit, TimePoint at, Model model)
            throws JsonProcessingException {
        IndicatorTrendView trend = reports.trend(planId, indicatorId, unit, at);
        // What the chart script draws: per report its label, the outcome and the target's figure (null: none stated).
        List<Map<String, Object>> chart = trend.points().stream().map(p -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("label", p.label());
            point.put("total", p.total());
            point.put("target", p.targetValue());
            point.put("targetText", p.target());
            return point;
        }).toList();
        model.addAttribute("trend", trend);
        model.addAttribute("chartData", json.writeValueAsString(chart));
        model.addAttribute("fulfilment", FULFILMENT);
        model.addAttribute("trends", TRENDS);
        return "followup/trend";
    }
}
