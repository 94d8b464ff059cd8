package se.planledger.domain.budget;

import se.planledger.domain.decision.Decided;
import se.planledger.domain.decision.Decision;

public record FrameworkTableDecided(String tableId, int version, TableFigures figures, Decision decision)
        implements Decided {

    @Override
    public String subject() {
        return "framework table " + tableId + " (" + figures.title() + ") version " + version;
    }
}
