package se.planledger.query.decision;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.planledger.domain.decision.Body;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.page.WorkspacePage;
import se.planledger.query.time.ReadsFrom;

import java.util.Arrays;
import java.util.Map;

/** The decision register page: every decision the ledger recorded, filtered by a part of its reference or by body. */
@Controller
@WorkspacePage
@ReadsFrom({DecisionProjection.GROUP})
public class DecisionPages {

    /** What kind of decision an event records, in the register's words; an event not named here shows its type. */
    static final Map<String, String> KINDS = Map.of(
            "PlanAdopted", "Plan antagen",
            "PlanRevised", "Plan reviderad",
            "FrameworkTableDecided", "Ramtabell beslutad",
            "FrameworkTableRevised", "Ramtabell reviderad",
            "ControlPlanAdopted", "Internkontrollplan antagen");

    private final DecisionReadModel register;

    public DecisionPages(DecisionReadModel register) {
        this.register = register;
    }

    @GetMapping("/decisions")
    public String decisions(@RequestParam(required = false) String reference, @RequestParam(required = false) String body,
                            TimePoint at, Model model) {
        String part = reference == null || reference.isBlank() ? null : reference.trim();
        Body chosen = body == null || body.isBlank() ? null : Arrays.stream(Body.values())
                .filter(b -> b.name().equalsIgnoreCase(body.trim())).findFirst().orElse(null);
        model.addAttribute("decisions", register.decisions(at.knownAt(), part, chosen == null ? null : chosen.name()));
        model.addAttribute("reference", part);
        model.addAttribute("body", chosen);
        model.addAttribute("bodies", Body.values());
        model.addAttribute("kinds", KINDS);
        return "decision/decisions";
    }
}
