package se.planledger.query.followup;

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
import java.util.Map;

/** The interim report page: the follow-up table with traffic lights, trends, women and men, and goal judgements. */
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

    public FollowUpPages(InterimReportReadModel reports) {
        this.reports = reports;
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
}
