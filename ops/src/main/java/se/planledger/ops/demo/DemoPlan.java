package se.planledger.ops.demo;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.planledger.command.api.LedgerCommands;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.followup.ReportWorkStatus;
import se.planledger.domain.plan.AddPlanItem;
import se.planledger.domain.plan.AdoptPlan;
import se.planledger.domain.plan.DraftPlan;
import se.planledger.domain.plan.Perspective;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.plan.item.Activity;
import se.planledger.domain.plan.item.Assignment;
import se.planledger.domain.plan.item.ControlMeasure;
import se.planledger.domain.plan.item.Indicator;
import se.planledger.domain.plan.item.StrategicGoal;
import se.planledger.domain.plan.item.Strategy;
import se.planledger.domain.plan.item.SuccessFactor;
import se.planledger.domain.target.StatedValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The board's plan 2023–2025 (seed 000), drafted item by item and adopted under Dnr 1043-2022 (seed 003), and the
 * indicators and strategic actions Division Länssjukvård 1 followed up in 2022 (seed 001), for its interim report.
 */
@Component
@Order(1)
public class DemoPlan implements DemoDataSet {

    static final String FILE = "demo/plan-2023-2025.yaml";
    static final String DIVISION_FILE = "demo/lsv1-plan-2022.yaml";
    static final String ISSUER = "demo-data";

    private final LedgerCommands commands;
    private final EventStore eventStore;

    public DemoPlan(LedgerCommands commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @Override
    public String name() {
        return "plans 2023–2025 and 2022";
    }

    @Override
    public boolean alreadyLoaded() {
        return eventStore.lastSequenceNumberFor(read().plan().id()).isPresent();
    }

    @Override
    public void load(Progress progress) {
        List<Object> plan = new ArrayList<>(commands(read()));
        int boardPlan = plan.size();
        plan.addAll(commands(DemoFiles.read(DIVISION_FILE, PlanFile.class)));
        for (int i = 0; i < plan.size(); i++) {
            String file = i < boardPlan ? FILE : DIVISION_FILE;
            commands.sendAs(plan.get(i), ISSUER, "demo:" + file + ":" + i);
            progress.report(i + 1, plan.size());
        }
    }

    /** The commands that rebuild the plan file, in order: draft, items top-down, adoption last. */
    static List<Object> commands(PlanFile file) {
        PlanFile.PlanHead head = file.plan();
        String planId = head.id();
        List<Object> commands = new ArrayList<>();
        commands.add(new DraftPlan(planId, head.title(), Body.valueOf(head.board()), head.firstYear(), head.lastYear()));
        for (PlanFile.StrategyRow s : nullSafe(file.strategies())) {
            commands.add(new AddPlanItem(planId, s.id(), null, new Strategy(s.name(), s.note())));
        }
        for (PlanFile.AssignmentRow a : nullSafe(file.assignments())) {
            commands.add(new AddPlanItem(planId, a.id(), null, new Assignment(a.text(), bodies(a.boards()))));
        }
        for (PlanFile.GoalRow g : nullSafe(file.goals())) {
            commands.add(new AddPlanItem(planId, g.id(), null, new StrategicGoal(Perspective.parse(g.perspective()),
                    g.name(), bodies(g.boards()), g.description())));
            for (PlanFile.FactorRow f : nullSafe(g.successFactors())) {
                commands.add(new AddPlanItem(planId, f.id(), g.id(), new SuccessFactor(f.name(), f.description())));
                for (PlanFile.MeasureRow m : nullSafe(f.indicators())) {
                    commands.add(new AddPlanItem(planId, m.id(), f.id(), new Indicator(m.name(), m.unit(), m.source(),
                            periods(m.periods()), StatedValue.parse(m.baseline()), targets(m.targets()),
                            Boolean.TRUE.equals(m.genderSplit()), m.note(), m.goodDirection())));
                }
                for (PlanFile.MeasureRow m : nullSafe(f.controlMeasures())) {
                    commands.add(new AddPlanItem(planId, m.id(), f.id(), new ControlMeasure(m.name(), m.unit(), m.source(),
                            periods(m.periods()), StatedValue.parse(m.baseline()), Boolean.TRUE.equals(m.genderSplit()))));
                }
                for (PlanFile.ActivityRow a : nullSafe(f.activities())) {
                    commands.add(new AddPlanItem(planId, a.id(), f.id(), new Activity(a.name(), a.description())));
                }
            }
        }
        PlanFile.AdoptionRow adoption = head.adoption();
        commands.add(new AdoptPlan(planId, new Decision(Body.valueOf(adoption.body()), adoption.reference(),
                adoption.decisionDate(), adoption.effectiveDate())));
        commands.addAll(actionComments(file));
        return commands;
    }

    /** The comments a report printed on its actions, each with the status not stated (the report kept none). */
    private static List<ReportWorkStatus> actionComments(PlanFile file) {
        List<ReportWorkStatus> reports = new ArrayList<>();
        for (PlanFile.GoalRow g : nullSafe(file.goals())) {
            for (PlanFile.FactorRow f : nullSafe(g.successFactors())) {
                for (PlanFile.ActivityRow a : nullSafe(f.activities())) {
                    if (a.comment() != null) {
                        String[] period = file.plan().actionsReported().split(" ");
                        reports.add(new ReportWorkStatus(file.plan().id(), a.id(), Integer.parseInt(period[0]),
                                ReportingPeriod.parse(period[1]), null, a.comment()));
                    }
                }
            }
        }
        return reports;
    }

    static PlanFile read() {
        return DemoFiles.read(FILE, PlanFile.class);
    }

    private static Map<Integer, StatedValue> targets(Map<String, String> targets) {
        Map<Integer, StatedValue> parsed = new TreeMap<>();
        if (targets != null) {
            targets.forEach((year, text) -> parsed.put(Integer.valueOf(year), StatedValue.parse(text)));
        }
        return parsed;
    }

    private static List<ReportingPeriod> periods(List<String> periods) {
        return nullSafe(periods).stream().map(ReportingPeriod::parse).toList();
    }

    private static List<Body> bodies(List<String> codes) {
        return nullSafe(codes).stream().map(Body::valueOf).toList();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
