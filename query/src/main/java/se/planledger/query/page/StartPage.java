package se.planledger.query.page;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.budget.FrameworkReadModel;
import se.planledger.query.budget.FrameworkProjection;
import se.planledger.query.control.ControlProjection;
import se.planledger.query.control.ControlReadModel;
import se.planledger.query.followup.FollowUpProjection;
import se.planledger.query.followup.FollowUpReadModel;
import se.planledger.query.plan.PlanProjection;
import se.planledger.query.plan.PlanReadModel;
import se.planledger.query.risk.RiskProjection;
import se.planledger.query.risk.RiskReadModel;
import se.planledger.query.time.ReadsFrom;

/** The start page: every plan, framework table, risk register, control plan and interim report, with links. */
@Controller
@WorkspacePage
@ReadsFrom({PlanProjection.GROUP, FrameworkProjection.GROUP, RiskProjection.GROUP, ControlProjection.GROUP,
        FollowUpProjection.GROUP})
public class StartPage {

    private final PlanReadModel plans;
    private final FrameworkReadModel frameworks;
    private final RiskReadModel risks;
    private final ControlReadModel control;
    private final FollowUpReadModel reports;

    public StartPage(PlanReadModel plans, FrameworkReadModel frameworks, RiskReadModel risks,
                     ControlReadModel control, FollowUpReadModel reports) {
        this.plans = plans;
        this.frameworks = frameworks;
        this.risks = risks;
        this.control = control;
        this.reports = reports;
    }

    @GetMapping("/")
    public String start(TimePoint at, Model model) {
        model.addAttribute("plans", plans.plans(at.knownAt()));
        model.addAttribute("tables", frameworks.tables(at));
        model.addAttribute("registers", risks.registers(at));
        model.addAttribute("controlPlans", control.plans(at));
        model.addAttribute("reports", reports.reports(at.knownAt()));
        return "start";
    }
}
