package se.planledger.ops.demo;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.planledger.command.api.LedgerCommands;
import se.planledger.command.followup.OutcomeFile;
import se.planledger.command.followup.OutcomeSeries;
import se.planledger.domain.followup.OutcomeRecorded;
import se.planledger.domain.followup.RecordOutcome;
import se.planledger.domain.followup.RecordOutcomes;
import se.planledger.domain.followup.ReportingUnit;

/**
 * Division Länssjukvård 1's outcomes per April 2022 (seed 001), in the outcome import's own CSV layout and loaded
 * through the same all-or-none command.
 */
@Component
@Order(4)
public class DemoOutcomes implements DemoDataSet {

    static final String FILE = "demo/lsv1-outcomes-2022.csv";
    static final String PLAN = "lsv1-plan-2022";

    private final LedgerCommands commands;
    private final EventStore eventStore;

    public DemoOutcomes(LedgerCommands commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @Override
    public String name() {
        return "outcomes April 2022";
    }

    /**
     * The file's first outcome is in its series, or (loaded by an earlier version) on the plan's own stream: a
     * start-up check of one small plan's events, not a per-request replay.
     */
    @Override
    public boolean alreadyLoaded() {
        RecordOutcome first = OutcomeFile.read(PLAN, DemoFiles.text(FILE)).get(0);
        String series = OutcomeSeries.idOf(PLAN, first.indicatorId(), ReportingUnit.orWholeRegion(first.unit()));
        return eventStore.lastSequenceNumberFor(series).isPresent() || eventStore.readEvents(PLAN).asStream()
                .anyMatch(event -> event.getPayloadType().equals(OutcomeRecorded.class));
    }

    @Override
    public void load(Progress progress) {
        commands.sendAs(new RecordOutcomes(PLAN, OutcomeFile.read(PLAN, DemoFiles.text(FILE))), DemoPlan.ISSUER,
                "demo:" + FILE);
        progress.report(1, 1);
    }
}
