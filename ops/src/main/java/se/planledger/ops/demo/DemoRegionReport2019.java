package se.planledger.ops.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.planledger.command.api.LedgerCommands;
import se.planledger.command.followup.OutcomeFile;
import se.planledger.domain.followup.Fulfilment;
import se.planledger.domain.followup.JudgeGoal;
import se.planledger.domain.followup.RecordOutcomes;
import se.planledger.domain.plan.ReportingPeriod;

import java.util.ArrayList;
import java.util.List;

/**
 * Region Norrbotten's interim report per August 2019 (seed 004): the council's goals and the indicators it gives
 * outcomes for, those outcomes, and the board's judgement of each goal; one set, so that a ledger holding the
 * older demo plans gets it on its next start.
 */
@Component
@Order(7)
public class DemoRegionReport2019 implements DemoDataSet {

    static final String PLAN_FILE = "demo/region-plan-2019.yaml";
    static final String OUTCOMES_FILE = "demo/region-outcomes-2019.csv";
    static final String JUDGEMENTS_FILE = "demo/region-judgements-2019.yaml";

    private final LedgerCommands commands;
    private final EventStore eventStore;

    public DemoRegionReport2019(LedgerCommands commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @Override
    public String name() {
        return "region plan and interim report August 2019";
    }

    @Override
    public boolean alreadyLoaded() {
        return eventStore.lastSequenceNumberFor(planId()).isPresent();
    }

    @Override
    public void load(Progress progress) {
        List<Object> all = commands();
        for (int i = 0; i < all.size(); i++) {
            commands.sendAs(all.get(i), DemoPlan.ISSUER, "demo:region-report-2019:" + i);
            progress.report(i + 1, all.size());
        }
    }

    /** The plan (drafted and adopted), then its outcomes in one all-or-none import, then the goal judgements. */
    static List<Object> commands() {
        String planId = planId();
        List<Object> all = new ArrayList<>(DemoPlan.commands(DemoFiles.read(PLAN_FILE, PlanFile.class)));
        all.add(new RecordOutcomes(planId, OutcomeFile.read(planId, DemoFiles.text(OUTCOMES_FILE))));
        JudgementFile judged = DemoFiles.read(JUDGEMENTS_FILE, JudgementFile.class);
        for (JudgementRow row : judged.judgements()) {
            all.add(new JudgeGoal(planId, row.goal(), judged.year(), judged.period(), row.fulfilment(), row.narrative()));
        }
        return all;
    }

    private static String planId() {
        return DemoFiles.read(PLAN_FILE, PlanFile.class).plan().id();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record JudgementFile(int year, ReportingPeriod period, List<JudgementRow> judgements) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record JudgementRow(String goal, Fulfilment fulfilment, String narrative) {
    }
}
