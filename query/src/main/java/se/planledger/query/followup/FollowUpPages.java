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
import se.planledger.query.plan.PlanTreeProjection;
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
@ReadsFrom({FollowUpProjection.GROUP, PlanTreeProjection.GROUP})
public class FollowUpPages {

    /** Fulfilment as the report's traffic light says it; a goal or indicator without judgement is "NONE". */
    static final Map<String, String> FULFILMENT = Map.of("MET", "Uppnått", "PARTLY_MET", "Delvis uppnått",
            "NOT_MET", "Ej uppnått", "NOT_ASSESSABLE", "Kan inte bedömas", "NONE", "Ej bedömt");
    /** The trend as an arrow and in words, read in the indicator's good direction. */
    static final Map<String, String> TRENDS = Map.of("IMPROVING", "↑ förbättring", "UNCHANGED", "→ oförändrat",
            "WORSENING", "↓ försämring", "UNKNOWN", "? okänd");

    private final InterimReportReadModel reports;
    private final ObjectMapper json;

    public FollowUpPages(InterimReportReadModel reports, ObjectMapper json) {
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
        return "followup/report";
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
