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
import se.planledger.query.version.VersionTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps every version of every decided framework table; rows are only ever added. */
@Component
@ProcessingGroup(FrameworkProjection.GROUP)
public class FrameworkProjection extends ProjectionTables {

    public static final String GROUP = "framework-tables";
    /** Every version of every table, in force from its decision's effective date. */
    static final VersionTable TABLES = VersionTable.of("framework_table_version", "revision", "table_id").countedFromOne();

    private final JsonColumn json;

    public FrameworkProjection(JdbcTemplate jdbc, JsonColumn json) {
        super(GROUP, List.of(TABLES.table()), jdbc);
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
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("table_id", tableId);
        row.put("revision", version);
        row.put("title", figures.title());
        row.put("budget_year", figures.year());
        row.put("figures", json.write(figures));
        row.put("body", decision.body().name());
        row.put("reference", decision.reference());
        row.put("decision_date", decision.decisionDate());
        row.put(VersionTable.VALID_FROM, decision.effectiveDate());
        TABLES.insert(jdbc, row, recorded);
    }
}
