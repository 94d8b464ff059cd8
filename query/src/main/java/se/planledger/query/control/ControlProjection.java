package se.planledger.query.control;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
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

import java.util.List;
import java.util.Map;

/** Internal-control plans, controls, actions and reports, insert-only. */
@Component
@ProcessingGroup(ControlProjection.GROUP)
public class ControlProjection extends ProjectionTables {

    public static final String GROUP = "internal-control";
    private static final List<String> TABLES = List.of("control_report", "control_action_version",
            "control_performed", "control_plan");

    private final JsonColumn json;

    public ControlProjection(JdbcTemplate jdbc, JsonColumn json) {
        super(GROUP, TABLES, jdbc);
        this.json = json;
    }

    @EventHandler
    void on(ControlPlanAdopted event, EventMessage<?> message) {
        jdbc.update("insert into control_plan (plan_id, board, plan_year, points, reference, effective_date, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", event.planId(), event.board(), event.year(), json.write(event.points()),
                event.decision().reference(), event.decision().effectiveDate(), Recorded.of(message).timestamp());
    }

    @EventHandler
    void on(ControlPerformed event, EventMessage<?> message) {
        Recorded recorded = Recorded.of(message);
        jdbc.update("insert into control_performed (plan_id, control_id, point_id, performed_on, performer, result, evidence, "
                        + "comment, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", event.planId(),
                event.controlId(), event.pointId(), event.performedOn(), event.performer(), event.result().name(),
                event.evidence(), event.comment(), recorded.timestamp(), recorded.by());
    }

    @EventHandler
    void on(ActionOpened event, EventMessage<?> message) {
        Recorded recorded = Recorded.of(message);
        jdbc.update("insert into control_action_version (plan_id, action_id, revision, control_id, point_id, what, owner, "
                        + "due_date, status, changed_on, comment, recorded_at, recorded_by) values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, null, ?, ?)",
                event.planId(), event.actionId(), event.controlId(), event.pointId(), event.what(), event.owner(),
                event.dueDate(), ActionStatus.NOT_STARTED.name(), event.openedOn(), recorded.timestamp(), recorded.by());
    }

    @EventHandler
    void on(ActionStatusChanged event, EventMessage<?> message) {
        Recorded recorded = Recorded.of(message);
        Map<String, Object> last = jdbc.queryForMap("select * from control_action_version where plan_id = ? and action_id = ? "
                + "order by revision desc limit 1", event.planId(), event.actionId());
        jdbc.update("insert into control_action_version (plan_id, action_id, revision, control_id, point_id, what, owner, "
                        + "due_date, status, changed_on, comment, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.planId(), event.actionId(), ((Number) last.get("revision")).intValue() + 1, last.get("control_id"),
                last.get("point_id"), last.get("what"), last.get("owner"), last.get("due_date"), event.status().name(),
                event.changedOn(), event.comment(), recorded.timestamp(), recorded.by());
    }

    @EventHandler
    void on(ControlFollowUpReported event, EventMessage<?> message) {
        Recorded recorded = Recorded.of(message);
        jdbc.update("insert into control_report (plan_id, report_id, reported_on, reported_to, points, recorded_at, recorded_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", event.planId(), event.reportId(), event.reportedOn(), event.reportedTo(),
                json.write(event.points()), recorded.timestamp(), recorded.by());
    }
}
