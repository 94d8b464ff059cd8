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
import se.planledger.query.audit.ProjectionTables;
import se.planledger.query.json.JsonColumn;
import se.planledger.query.time.Recorded;
import se.planledger.query.version.VersionTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps every version of the plan and of every plan item with its two times. Rows are only ever added (a decision is
 * a row of its own beside the version it decides), so any earlier answer can be given again.
 */
@Component
@ProcessingGroup(PlanProjection.GROUP)
public class PlanProjection extends ProjectionTables {

    public static final String GROUP = "plan-tree";
    /** Every version of every item, in force by the plan version it belongs to. */
    static final VersionTable ITEMS = VersionTable.of("plan_tree_item_version", "revision", "plan_id", "item_id")
            .validBy("plan_version").countedFromOne();
    /** Every version of every plan as opened (a draft), known from when it was opened. */
    static final VersionTable VERSIONS = VersionTable.of("plan_tree_version", "version", "plan_id").recordedOnly();
    /**
     * The decision on each version, in force from its effective date and known from when it was recorded: the version
     * of a plan in force at (asOf, knownAt) is the one with the highest number among those decided.
     */
    static final VersionTable DECISIONS = VersionTable.of("plan_tree_decision", "version", "plan_id");
    /** Each plan as drafted: its title, board and years, which no later event changes. */
    static final String PLANS = "plan_tree_plan";
    private static final List<String> TABLES = List.of(ITEMS.table(), DECISIONS.table(), VERSIONS.table(), PLANS);

    private final JsonColumn json;

    public PlanProjection(JdbcTemplate jdbc, JsonColumn json) {
        super(GROUP, TABLES, jdbc);
        this.json = json;
    }

    @EventHandler
    void on(PlanDrafted event, EventMessage<?> message) {
        Recorded recorded = Recorded.of(message);
        jdbc.update("insert into " + PLANS + " (plan_id, title, board, first_year, last_year, recorded_at, recorded_by) "
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
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("plan_id", event.planId());
        first.put("item_id", event.itemId());
        first.put("kind", event.content().itemKind().name());
        first.put("parent_id", event.parentId());
        first.put("name", event.content().name());
        first.put("content", json.write(event.content()));
        first.put("retired", false);
        first.put("reason", null);
        ITEMS.insert(jdbc, nextVersion(first, event.revision(), event.planVersion(), message), Recorded.of(message));
    }

    @EventHandler
    void on(PlanItemRevised event, EventMessage<?> message) {
        Map<String, Object> next = ITEMS.latest(jdbc, event.planId(), event.itemId());
        next.put("name", event.content().name());
        next.put("content", json.write(event.content()));
        next.put("retired", false);
        next.put("reason", null);
        ITEMS.insert(jdbc, nextVersion(next, event.revision(), event.planVersion(), message), Recorded.of(message));
    }

    /** A retirement carries its reason and repeats the item's last content, so every row reads alone. */
    @EventHandler
    void on(PlanItemRetired event, EventMessage<?> message) {
        Map<String, Object> next = ITEMS.latest(jdbc, event.planId(), event.itemId());
        next.put("retired", true);
        next.put("reason", event.reason());
        ITEMS.insert(jdbc, nextVersion(next, event.revision(), event.planVersion(), message), Recorded.of(message));
    }

    private void openVersion(String planId, int version, Recorded recorded) {
        Map<String, Object> opened = new LinkedHashMap<>();
        opened.put("plan_id", planId);
        opened.put("version", version);
        VERSIONS.insert(jdbc, opened, recorded);
    }

    private void decide(String planId, int version, Decision decision, Recorded recorded) {
        Map<String, Object> decided = new LinkedHashMap<>();
        decided.put("plan_id", planId);
        decided.put("version", version);
        decided.put("body", decision.body().name());
        decided.put("reference", decision.reference());
        decided.put("decision_date", decision.decisionDate());
        decided.put(VersionTable.VALID_FROM, decision.effectiveDate());
        DECISIONS.insert(jdbc, decided, recorded);
    }

    private static Map<String, Object> nextVersion(Map<String, Object> row, long revision, int planVersion,
                                                   EventMessage<?> message) {
        row.put("revision", revision);
        row.put("plan_version", planVersion);
        row.put("command_id", Recorded.of(message).commandId());
        return row;
    }
}
