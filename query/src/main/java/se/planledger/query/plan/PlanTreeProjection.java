package se.planledger.query.plan;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.plan.PlanAdopted;
import se.planledger.domain.plan.PlanDrafted;
import se.planledger.domain.plan.PlanItemAdded;
import se.planledger.domain.plan.PlanItemRetired;
import se.planledger.domain.plan.PlanItemRevised;
import se.planledger.domain.plan.PlanRevised;
import se.planledger.domain.plan.PlanRevisionDrafted;
import se.planledger.domain.plan.item.ItemContent;
import se.planledger.query.audit.ProjectionTables;
import se.planledger.query.json.JsonColumn;
import se.planledger.query.time.Recorded;

import java.util.List;
import java.util.Map;

/**
 * Keeps every version of every plan item with its two times. Rows are only ever added (a decision fills in
 * its version row once), so any earlier answer can be given again.
 */
@Component
@ProcessingGroup(PlanTreeProjection.GROUP)
public class PlanTreeProjection extends ProjectionTables {

    public static final String GROUP = "plan-tree";
    private static final List<String> TABLES = List.of("plan_tree_item_version", "plan_tree_version", "plan_tree_plan");

    private final JsonColumn json;

    public PlanTreeProjection(JdbcTemplate jdbc, JsonColumn json) {
        super(GROUP, TABLES, jdbc);
        this.json = json;
    }

    @EventHandler
    void on(PlanDrafted event, EventMessage<?> message) {
        Recorded recorded = Recorded.of(message);
        jdbc.update("insert into plan_tree_plan (plan_id, title, board, first_year, last_year, drafted_at, drafted_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                event.planId(), event.title(), event.board().name(), event.firstYear(), event.lastYear(),
                recorded.timestamp(), recorded.by());
        openVersion(event.planId(), 1, recorded);
    }

    @EventHandler
    void on(PlanRevisionDrafted event, EventMessage<?> message) {
        openVersion(event.planId(), event.version(), Recorded.of(message));
    }

    @EventHandler
    void on(PlanAdopted event, EventMessage<?> message) {
        decide(event.planId(), event.version(), event.decision(), Recorded.of(message));
    }

    @EventHandler
    void on(PlanRevised event, EventMessage<?> message) {
        decide(event.planId(), event.version(), event.decision(), Recorded.of(message));
    }

    @EventHandler
    void on(PlanItemAdded event, EventMessage<?> message) {
        insertItemVersion(event.planId(), event.itemId(), event.revision(), event.planVersion(), event.parentId(),
                event.content().itemKind().name(), event.content().name(), json.write(event.content()), null,
                Recorded.of(message));
    }

    @EventHandler
    void on(PlanItemRevised event, EventMessage<?> message) {
        Map<String, Object> previous = previous(event.planId(), event.itemId());
        insertItemVersion(event.planId(), event.itemId(), event.revision(), event.planVersion(),
                (String) previous.get("parent_id"), event.content().itemKind().name(), event.content().name(),
                json.write(event.content()), null, Recorded.of(message));
    }

    @EventHandler
    void on(PlanItemRetired event, EventMessage<?> message) {
        Map<String, Object> previous = previous(event.planId(), event.itemId());
        insertItemVersion(event.planId(), event.itemId(), event.revision(), event.planVersion(),
                (String) previous.get("parent_id"), (String) previous.get("kind"), (String) previous.get("name"),
                (String) previous.get("content"), event.reason(), Recorded.of(message));
    }

    private void openVersion(String planId, int version, Recorded recorded) {
        jdbc.update("insert into plan_tree_version (plan_id, version, opened_at, opened_by) values (?, ?, ?, ?)",
                planId, version, recorded.timestamp(), recorded.by());
    }

    private void decide(String planId, int version, Decision decision, Recorded recorded) {
        jdbc.update("update plan_tree_version set body = ?, reference = ?, decision_date = ?, effective_date = ?, "
                        + "decided_at = ?, decided_by = ? where plan_id = ? and version = ?",
                decision.body().name(), decision.reference(), decision.decisionDate(), decision.effectiveDate(),
                recorded.timestamp(), recorded.by(), planId, version);
    }

    private Map<String, Object> previous(String planId, String itemId) {
        return jdbc.queryForMap("select kind, parent_id, name, content from plan_tree_item_version "
                + "where plan_id = ? and item_id = ? order by item_revision desc limit 1", planId, itemId);
    }

    /** A retirement carries its reason and repeats the item's last content, so every row reads alone. */
    private void insertItemVersion(String planId, String itemId, long revision, int planVersion, String parentId,
                                   String kind, String name, String contentJson, String retiredFor,
                                   Recorded recorded) {
        jdbc.update("insert into plan_tree_item_version (plan_id, item_id, item_revision, plan_version, kind, parent_id, "
                        + "name, content, retired, reason, recorded_at, recorded_by, command_id) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                planId, itemId, revision, planVersion, kind, parentId, name, contentJson, retiredFor != null,
                retiredFor, recorded.timestamp(), recorded.by(), recorded.commandId());
    }
}
