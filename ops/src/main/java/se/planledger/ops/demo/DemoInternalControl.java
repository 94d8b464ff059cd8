package se.planledger.ops.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.planledger.command.api.LedgerCommands;
import se.planledger.domain.control.AdoptControlPlan;
import se.planledger.domain.control.ControlPoint;
import se.planledger.domain.decision.Decision;

import java.util.List;

/** The internal-control plan 2018 of seed 002. */
@Component
@Order(6)
public class DemoInternalControl implements DemoDataSet {

    static final String FILE = "demo/internal-control-2018.yaml";

    private final LedgerCommands commands;
    private final EventStore eventStore;

    public DemoInternalControl(LedgerCommands commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ControlFile(String planId, String board, int year, Decision decision, List<ControlPoint> points) {
    }

    @Override
    public String name() {
        return "internal-control plan 2018";
    }

    @Override
    public boolean alreadyLoaded() {
        return eventStore.lastSequenceNumberFor(read().planId()).isPresent();
    }

    @Override
    public void load(Progress progress) {
        ControlFile file = read();
        commands.sendAs(new AdoptControlPlan(file.planId(), file.board(), file.year(), file.points(), file.decision()),
                DemoPlan.ISSUER, "demo:" + FILE);
        progress.report(1, 1);
    }

    static ControlFile read() {
        return DemoFiles.read(FILE, ControlFile.class);
    }
}
