package se.planledger.query.budget;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.budget.FrameworkTableDecided;
import se.planledger.domain.budget.FrameworkTableRevised;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.decision.Decision;
import se.planledger.query.audit.ProjectionTables;
import se.planledger.query.json.JsonColumn;
import se.planledger.query.time.Recorded;

import java.util.List;

/** Keeps every version of every decided framework table; rows are only ever added. */
@Component
@ProcessingGroup(FrameworkTableProjection.GROUP)
public class FrameworkTableProjection extends ProjectionTables {

    public static final String GROUP = "framework-tables";
    private static final List<String> TABLES = List.of("framework_table_version");

    private final JsonColumn json;

    public FrameworkTableProjection(JdbcTemplate jdbc, JsonColumn json) {
        super(GROUP, TABLES, jdbc);
        this.json = json;
    }

    @EventHandler
    void on(FrameworkTableDecided event, EventMessage<?> message) {
        insert(event.tableId(), event.version(), event.figures(), event.decision(), Recorded.of(message));
    }

    @EventHandler
    void on(FrameworkTableRevised event, EventMessage<?> message) {
        insert(event.tableId(), event.version(), event.figures(), event.decision(), Recorded.of(message));
    }

    private void insert(String tableId, int version, TableFigures figures, Decision decision, Recorded recorded) {
        jdbc.update("insert into framework_table_version (table_id, version, title, budget_year, figures, body, reference, "
                        + "decision_date, effective_date, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tableId, version, figures.title(), figures.year(), json.write(figures), decision.body().name(),
                decision.reference(), decision.decisionDate(), decision.effectiveDate(), recorded.timestamp(), recorded.by());
    }
}
