package se.planledger.ops.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.planledger.command.api.LedgerCommands;
import se.planledger.domain.budget.FinancialFigures;
import se.planledger.domain.budget.RecordFinancialOutcome;
import se.planledger.domain.money.SwedishNumber;
import se.planledger.domain.plan.ReportingPeriod;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Seed 004's results per division, August 2019, with last year's figures the report compares them with. */
@Component
@Order(3)
public class DemoFinancialOutcomes implements DemoDataSet {

    static final String FILE = "demo/financial-outcomes-2019.yaml";

    private final LedgerCommands commands;
    private final EventStore eventStore;

    public DemoFinancialOutcomes(LedgerCommands commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OutcomeFile(String source, String amountUnit, List<UnitRow> units, List<ActionPlanRow> actionPlans) {
    }

    /** The economic action plan's cuts: the assignment is the target, the effect so far the result. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActionPlanRow(String unit, String assignmentYear, String assignmentAugust, String outcomeAugust,
                         String forecast2019) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UnitRow(String unit, String result201908, String target201908, String result201808, String forecast2019,
                   String target2019, String result2018) {
    }

    @Override
    public String name() {
        return "financial outcomes 2019";
    }

    @Override
    public boolean alreadyLoaded() {
        return eventStore.lastSequenceNumberFor(followUpId(read().units().get(0).unit(), 2019)).isPresent();
    }

    @Override
    public void load(Progress progress) {
        List<RecordFinancialOutcome> outcomes = commands(read());
        for (int i = 0; i < outcomes.size(); i++) {
            commands.sendAs(outcomes.get(i), DemoPlan.ISSUER, "demo:" + FILE + ":" + i);
            progress.report(i + 1, outcomes.size());
        }
    }

    static List<RecordFinancialOutcome> commands(OutcomeFile file) {
        List<RecordFinancialOutcome> commands = new ArrayList<>();
        for (UnitRow row : file.units()) {
            commands.add(new RecordFinancialOutcome(followUpId(row.unit(), 2018), row.unit(), 2018, ReportingPeriod.DA08,
                    new FinancialFigures(amount(row.result201808()), null, null, null, file.amountUnit()), file.source()));
            commands.add(new RecordFinancialOutcome(followUpId(row.unit(), 2018), row.unit(), 2018, ReportingPeriod.AR,
                    new FinancialFigures(amount(row.result2018()), null, null, null, file.amountUnit()), file.source()));
            commands.add(new RecordFinancialOutcome(followUpId(row.unit(), 2019), row.unit(), 2019, ReportingPeriod.DA08,
                    new FinancialFigures(amount(row.result201908()), amount(row.target201908()), amount(row.forecast2019()),
                            amount(row.target2019()), file.amountUnit()), file.source()));
        }
        for (ActionPlanRow plan : file.actionPlans()) {
            commands.add(new RecordFinancialOutcome(followUpId(plan.unit(), 2019), plan.unit(), 2019, ReportingPeriod.DA08,
                    new FinancialFigures(amount(plan.outcomeAugust()), amount(plan.assignmentAugust()),
                            amount(plan.forecast2019()), amount(plan.assignmentYear()), file.amountUnit()), file.source()));
        }
        return commands;
    }

    static OutcomeFile read() {
        return DemoFiles.read(FILE, OutcomeFile.class);
    }

    /** "Totalt Region Norrbotten", 2019 → "totalt-region-norrbotten-2019". */
    static String followUpId(String unit, int year) {
        String plain = Normalizer.normalize(unit, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-") + "-" + year;
    }

    private static BigDecimal amount(String text) {
        return text == null ? null : SwedishNumber.parse(text);
    }
}
