package se.planledger.query.control;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.control.ActionOpened;
import se.planledger.domain.control.ActionStatus;
import se.planledger.domain.control.ActionStatusChanged;
import se.planledger.domain.control.ControlFollowUpReported;
import se.planledger.domain.control.ControlPerformed;
import se.planledger.domain.control.ControlPlanAdopted;
import se.planledger.query.audit.ProjectionTables;
import se.planledger.query.json.JsonColumn;
import se.planledger.query.time.Recorded;
import se.planledger.query.version.GlobalIndex;
import se.planledger.query.version.VersionTable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Internal-control plans, controls, actions and reports, insert-only. */
@Component
@ProcessingGroup(ControlProjection.GROUP)
public class ControlProjection extends ProjectionTables {

    public static final String GROUP = "internal-control";
    /** Every status of every action, in force from the day it changed, in the order recorded. */
    static final VersionTable ACTIONS = VersionTable.of("control_action_version", "global_index", "plan_id", "action_id")
            .numbered();
    private static final List<String> TABLES = List.of("control_report", ACTIONS.table(), "control_performed",
            "control_plan");

    private final JsonColumn json;

    public ControlProjection(JdbcTemplate jdbc, JsonColumn json) {
        super(GROUP, TABLES, jdbc);
        this.json = json;
    }

    @EventHandler
    void on(ControlPlanAdopted event, EventMessage<?> message) {
        Recorded recorded = Recorded.of(message);
        jdbc.update("insert into control_plan (plan_id, board, plan_year, points, reference, valid_from, recorded_at, "
                        + "recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)", event.planId(), event.board(), event.year(),
                json.write(event.points()), event.decision().reference(), event.decision().effectiveDate(),
                recorded.timestamp(), recorded.by());
    }

    @EventHandler
    void on(ControlPerformed event, EventMessage<?> message) {
        Recorded recorded = Recorded.of(message);
        jdbc.update("insert into control_performed (plan_id, control_id, point_id, valid_from, performer, result, evidence, "
                        + "comment, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", event.planId(),
                event.controlId(), event.pointId(), event.performedOn(), event.performer(), event.result().name(),
                event.evidence(), event.comment(), recorded.timestamp(), recorded.by());
    }

    @EventHandler
    void on(ActionOpened event, EventMessage<?> message, TrackingToken position) {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("plan_id", event.planId());
        first.put("action_id", event.actionId());
        first.put("control_id", event.controlId());
        first.put("point_id", event.pointId());
        first.put("what", event.what());
        first.put("owner", event.owner());
        first.put("due_date", event.dueDate());
        ACTIONS.insert(jdbc, changed(first, ActionStatus.NOT_STARTED, event.openedOn(), null, position), Recorded.of(message));
    }

    @EventHandler
    void on(ActionStatusChanged event, EventMessage<?> message, TrackingToken position) {
        Map<String, Object> next = ACTIONS.latest(jdbc, event.planId(), event.actionId());
        ACTIONS.insert(jdbc, changed(next, event.status(), event.changedOn(), event.comment(), position),
                Recorded.of(message));
    }

    private static Map<String, Object> changed(Map<String, Object> row, ActionStatus status, LocalDate on, String comment,
                                               TrackingToken position) {
        row.put("global_index", GlobalIndex.of(position));
        row.put("status", status.name());
        row.put(VersionTable.VALID_FROM, on);
        row.put("comment", comment);
        return row;
    }

    @EventHandler
    void on(ControlFollowUpReported event, EventMessage<?> message) {
        Recorded recorded = Recorded.of(message);
        jdbc.update("insert into control_report (plan_id, report_id, valid_from, reported_to, points, recorded_at, recorded_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", event.planId(), event.reportId(), event.reportedOn(), event.reportedTo(),
                json.write(event.points()), recorded.timestamp(), recorded.by());
    }
}
