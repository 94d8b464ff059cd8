package se.planledger.query.control;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.export.LedgerSeal;
import se.planledger.query.page.WorkspacePage;
import se.planledger.query.time.ReadsFrom;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The internal-control pages: the status board (each control point's traffic light, controls and actions), the chain
 * from a risk to the points covering it, and the follow-up reports as delivered.
 */
@Controller
@WorkspacePage
@ReadsFrom({ControlProjection.GROUP})
public class ControlPages {

    /** What each light says, in the board's words. */
    static final Map<ControlViews.Light, String> LIGHTS = new EnumMap<>(Map.of(
            ControlViews.Light.DONE_ON_TIME, "Kontrollerad i tid",
            ControlViews.Light.DEVIATION_OPEN, "Avvikelse, åtgärd öppen",
            ControlViews.Light.LATE, "Försenad",
            ControlViews.Light.NOT_DUE, "Ej förfallen"));

    private final ControlReadModel control;
    private final LedgerSeal seals;

    public ControlPages(ControlReadModel control, LedgerSeal seals) {
        this.control = control;
        this.seals = seals;
    }

    @GetMapping("/control-plans/{planId}")
    public String status(@PathVariable String planId, TimePoint at, Model model) {
        List<ControlViews.PointStatus> points = control.status(planId, at);
        Map<ControlViews.Light, Long> counts = new EnumMap<>(ControlViews.Light.class);
        for (ControlViews.Light light : ControlViews.Light.values()) {
            counts.put(light, points.stream().filter(p -> p.light() == light).count());
        }
        ControlViews.Plan plan = control.plan(planId, at);
        Map<String, List<String>> risksByPoint = new LinkedHashMap<>();
        plan.points().forEach(p -> risksByPoint.put(p.pointId(), p.coversRisks()));
        model.addAttribute("plan", plan);
        model.addAttribute("risksByPoint", risksByPoint);
        model.addAttribute("points", points);
        model.addAttribute("counts", counts);
        model.addAttribute("lights", LIGHTS);
        return "control/status";
    }

    @GetMapping("/risks/{riskId}/chain")
    public String chain(@PathVariable String riskId, TimePoint at, Model model) {
        model.addAttribute("riskId", riskId);
        model.addAttribute("points", control.chain(riskId, at));
        model.addAttribute("lights", LIGHTS);
        return "control/chain";
    }

    @GetMapping("/control-plans/{planId}/reports")
    public String reports(@PathVariable String planId, TimePoint at, Model model) {
        model.addAttribute("planId", planId);
        model.addAttribute("reports", control.reports(planId, at.knownAt()));
        return "control/reports";
    }

    @GetMapping("/control-plans/{planId}/reports/{reportId}")
    public String report(@PathVariable String planId, @PathVariable String reportId, TimePoint at, Model model) {
        ControlViews.DeliveredReport report = control.reports(planId, at.knownAt()).stream()
                .filter(r -> r.reportId().equals(reportId)).findFirst()
                .orElseThrow(() -> new UnknownItem("reportId", "no follow-up report " + reportId + " of control plan "
                        + planId + " known at " + at.knownAt()));
        model.addAttribute("report", report.sealed(seals.headAt(report.recordedAt())));
        return "control/report";
    }
}
