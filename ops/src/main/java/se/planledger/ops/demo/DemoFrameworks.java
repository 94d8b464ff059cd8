package se.planledger.ops.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.planledger.command.api.LedgerCommands;
import se.planledger.domain.budget.DecideFrameworkTable;
import se.planledger.domain.budget.TableColumn;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.budget.TableRow;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.money.SwedishNumber;

import java.util.List;

/** The framework tables of seed 000, recorded as decided with the board's plan. */
@Component
@Order(3)
public class DemoFrameworks implements DemoDataSet {

    static final String FILE = "demo/frameworks-2023.yaml";

    private final LedgerCommands commands;
    private final EventStore eventStore;

    public DemoFrameworks(LedgerCommands commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FrameworkFile(Decision decision, List<TableEntry> tables) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TableEntry(String id, String title, String amountUnit, int decimals, int year, String note,
                      List<TableColumn> columns, List<RowEntry> rows) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RowEntry(String label, List<String> amounts, boolean total) {
    }

    @Override
    public String name() {
        return "framework tables 2023";
    }

    @Override
    public boolean alreadyLoaded() {
        return eventStore.lastSequenceNumberFor(read().tables().get(0).id()).isPresent();
    }

    @Override
    public void load(Progress progress) {
        List<DecideFrameworkTable> tables = commands(read());
        for (int i = 0; i < tables.size(); i++) {
            commands.sendAs(tables.get(i), DemoPlan.ISSUER, "demo:" + FILE + ":" + i);
            progress.report(i + 1, tables.size());
        }
    }

    static List<DecideFrameworkTable> commands(FrameworkFile file) {
        return file.tables().stream()
                .map(t -> new DecideFrameworkTable(t.id(), new TableFigures(t.title(), t.amountUnit(), t.decimals(), t.year(),
                        t.columns(), t.rows().stream().map(DemoFrameworks::row).toList(), t.note()), file.decision()))
                .toList();
    }

    static FrameworkFile read() {
        return DemoFiles.read(FILE, FrameworkFile.class);
    }

    private static TableRow row(RowEntry row) {
        return new TableRow(row.label(), row.amounts().stream().map(a -> a == null ? null : SwedishNumber.parse(a)).toList(),
                row.total());
    }
}
