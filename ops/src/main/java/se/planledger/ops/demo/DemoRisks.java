package se.planledger.ops.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.planledger.command.api.LedgerCommands;
import se.planledger.domain.risk.AdoptRiskScale;
import se.planledger.domain.risk.AssessRisk;
import se.planledger.domain.risk.RiskDescription;
import se.planledger.domain.risk.RiskScale;
import se.planledger.domain.risk.RiskSubject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The board's risk assessment of its success factors (seed 000, appendix 3) on the seed's 4×4 scale. */
@Component
@Order(5)
public class DemoRisks implements DemoDataSet {

    static final String FILE = "demo/risks-2023.yaml";

    private final LedgerCommands commands;
    private final EventStore eventStore;

    public DemoRisks(LedgerCommands commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RiskFile(String registerId, String board, String planPeriod, LocalDate assessedOn, String assessor,
                    List<RiskRow> risks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RiskRow(String nr, String perspective, String goal, String successFactor, String itemId, String whatCanHappen,
                   String consequence, int k, int s, String causes, String measures, String controlMethod) {
    }

    @Override
    public String name() {
        return "risk assessment 2023–2025";
    }

    @Override
    public boolean alreadyLoaded() {
        return eventStore.lastSequenceNumberFor(read().registerId()).isPresent();
    }

    @Override
    public void load(Progress progress) {
        List<Object> risks = commands(read());
        for (int i = 0; i < risks.size(); i++) {
            commands.sendAs(risks.get(i), DemoPlan.ISSUER, "demo:" + FILE + ":" + i);
            progress.report(i + 1, risks.size());
        }
    }

    static List<Object> commands(RiskFile file) {
        List<Object> commands = new ArrayList<>();
        commands.add(new AdoptRiskScale(file.registerId(), file.board(), RiskScale.SEED, file.assessedOn()));
        for (RiskRow row : file.risks()) {
            commands.add(new AssessRisk(file.registerId(), "R" + row.nr(),
                    new RiskSubject("SUCCESS_FACTOR", row.itemId(), row.successFactor(), row.perspective(), row.goal()),
                    file.planPeriod(), new RiskDescription(row.whatCanHappen(), row.consequence(), row.causes(),
                    row.measures(), row.controlMethod(), null), row.k(), row.s(), file.assessedOn(), file.assessor()));
        }
        return commands;
    }

    static RiskFile read() {
        return DemoFiles.read(FILE, RiskFile.class);
    }
}
