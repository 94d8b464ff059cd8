package se.planledger.query.control;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.page.WorkspacePage;
import se.planledger.query.time.ReadsFrom;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The internal-control status board: each control point's traffic light, controls and actions. */
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

    public ControlPages(ControlReadModel control) {
        this.control = control;
    }

    @GetMapping("/control-plans/{planId}")
    public String status(@PathVariable String planId, TimePoint at, Model model) {
        List<ControlViews.PointStatus> points = control.status(planId, at);
        Map<ControlViews.Light, Long> counts = new EnumMap<>(ControlViews.Light.class);
        for (ControlViews.Light light : ControlViews.Light.values()) {
            counts.put(light, points.stream().filter(p -> p.light() == light).count());
        }
        model.addAttribute("plan", control.plan(planId, at));
        model.addAttribute("points", points);
        model.addAttribute("counts", counts);
        model.addAttribute("lights", LIGHTS);
        return "control/status";
    }
}
