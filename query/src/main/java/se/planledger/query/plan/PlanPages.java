package se.planledger.query.plan;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.page.WorkspacePage;
import se.planledger.query.time.ReadsFrom;

import java.util.List;
import java.util.Map;

/** The plan's pages: the goal tree, one item with its history, and what changed between two versions. */
@Controller
@WorkspacePage
@ReadsFrom({PlanProjection.GROUP})
public class PlanPages {

    /** What the pages call each kind of item. */
    static final Map<String, String> KINDS = Map.of("STRATEGIC_GOAL", "Strategiskt mål", "SUCCESS_FACTOR",
            "Framgångsfaktor", "INDICATOR", "Styrmått", "CONTROL_MEASURE", "Kontrollmått", "ACTIVITY", "Aktivitet",
            "ASSIGNMENT", "Uppdrag", "STRATEGY", "Strategi");

    private final PlanReadModel plans;

    public PlanPages(PlanReadModel plans) {
        this.plans = plans;
    }

    @GetMapping("/plans/{planId}")
    public String tree(@PathVariable String planId, @RequestParam(required = false) Integer version, TimePoint at,
                       Model model) {
        model.addAttribute("tree", version == null ? plans.tree(planId, at) : plans.treeOfVersion(planId, version, at));
        model.addAttribute("versions", plans.versions(planId, at.knownAt()));
        model.addAttribute("kinds", KINDS);
        return "plan/tree";
    }

    @GetMapping("/plans/{planId}/items/{itemId}")
    public String item(@PathVariable String planId, @PathVariable String itemId, TimePoint at, Model model) {
        List<PlanItemChangeView> history = plans.history(planId, itemId, at.knownAt());
        model.addAttribute("planId", planId);
        model.addAttribute("item", plans.item(planId, itemId, at));
        model.addAttribute("history", history);
        model.addAttribute("kinds", KINDS);
        return "plan/item";
    }

    @GetMapping("/plans/{planId}/diff")
    public String diff(@PathVariable String planId, @RequestParam int fromVersion, @RequestParam int toVersion,
                       @RequestParam(required = false) String subtree, TimePoint at, Model model) {
        model.addAttribute("diff", plans.diff(planId, at, fromVersion, at, toVersion, subtree));
        model.addAttribute("kinds", KINDS);
        return "plan/diff";
    }
}
