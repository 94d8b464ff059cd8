package se.planledger.query.control;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.control.ActionStatus;
import se.planledger.domain.control.ControlPoint;
import se.planledger.domain.control.ReportedPoint;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.audit.AuditedReadModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Internal-control plans, their status board, the chain from a risk, and reports as delivered, at any time point. */
@Component
public class ControlReadModel implements AuditedReadModel {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ControlReadModel(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<ControlViews.Plan> plans(TimePoint at) {
        return jdbc.query("select * from control_plan where effective_date <= ? and recorded_at <= ? order by plan_id",
                (rs, n) -> new ControlViews.Plan(rs.getString("plan_id"), rs.getString("board"), rs.getInt("plan_year"),
                        rs.getString("reference"), rs.getObject("effective_date", LocalDate.class), points(rs.getString("points"))),
                at.asOf(), Timestamp.from(at.knownAt()));
    }

    public ControlViews.Plan plan(String planId, TimePoint at) {
        return plans(at).stream().filter(p -> p.planId().equals(planId)).findFirst()
                .orElseThrow(() -> new UnknownItem("planId", "no internal-control plan " + planId + " in force on "
                        + at.asOf() + " as known at " + at.knownAt()));
    }

    /** Every point's light, controls and actions as they stood at asOf, as known at knownAt. */
    public List<ControlViews.PointStatus> status(String planId, TimePoint at) {
        ControlViews.Plan plan = plan(planId, at);
        return plan.points().stream().map(point -> status(plan, point, at)).toList();
    }

    /** From a risk to the control points covering it, their controls, deviations and actions. */
    public List<ControlViews.PointStatus> chain(String riskId, TimePoint at) {
        return plans(at).stream()
                .flatMap(plan -> plan.points().stream().filter(p -> p.coversRisks().contains(riskId))
                        .map(point -> status(plan, point, at)))
                .toList();
    }

    public List<ControlViews.Report> reports(String planId, Instant knownAt) {
        return jdbc.query("select * from control_report where plan_id = ? and recorded_at <= ? order by reported_on, report_id",
                (rs, n) -> new ControlViews.Report(rs.getString("plan_id"), rs.getString("report_id"),
                        rs.getObject("reported_on", LocalDate.class), rs.getString("reported_to"), reported(rs.getString("points")),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"), null),
                planId, Timestamp.from(knownAt));
    }

    @Override
    public String processingGroup() {
        return ControlProjection.GROUP;
    }

    @Override
    public Object everythingKnownAt(Instant knownAt) {
        Map<String, Object> everything = new LinkedHashMap<>();
        TimePoint farFuture = new TimePoint(LocalDate.of(2999, 12, 31), knownAt);
        for (ControlViews.Plan plan : plans(farFuture)) {
            TimePoint yearEnd = new TimePoint(LocalDate.of(plan.year(), 12, 31), knownAt);
            everything.put(plan.planId() + "/status-at-year-end", status(plan.planId(), yearEnd));
            everything.put(plan.planId() + "/reports", reports(plan.planId(), knownAt));
        }
        return everything;
    }

    private ControlViews.PointStatus status(ControlViews.Plan plan, ControlPoint point, TimePoint at) {
        List<ControlViews.Control> controls = jdbc.query("select * from control_performed where plan_id = ? and point_id = ? "
                        + "and performed_on <= ? and recorded_at <= ? order by performed_on, control_id",
                (rs, n) -> new ControlViews.Control(rs.getString("control_id"), rs.getObject("performed_on", LocalDate.class),
                        rs.getString("performer"), rs.getString("result"), rs.getString("evidence"), rs.getString("comment"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")),
                plan.planId(), point.pointId(), at.asOf(), Timestamp.from(at.knownAt()));
        List<ControlViews.Action> actions = jdbc.query("select v.* from control_action_version v where v.plan_id = ? "
                        + "and v.point_id = ? and v.revision = (select max(x.revision) from control_action_version x "
                        + "where x.plan_id = v.plan_id and x.action_id = v.action_id and x.changed_on <= ? and x.recorded_at <= ?) "
                        + "order by v.action_id",
                (rs, n) -> {
                    String status = rs.getString("status");
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    return new ControlViews.Action(rs.getString("action_id"), rs.getString("control_id"), rs.getString("what"),
                            rs.getString("owner"), due, status, rs.getObject("changed_on", LocalDate.class),
                            ActionStatus.valueOf(status).open() && due.isBefore(at.asOf()),
                            rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
                },
                plan.planId(), point.pointId(), at.asOf(), Timestamp.from(at.knownAt()));
        LocalDate yearEnd = LocalDate.of(plan.year(), 12, 31);
        ControlViews.Light light;
        if (actions.stream().anyMatch(a -> ActionStatus.valueOf(a.status()).open())) {
            light = ControlViews.Light.DEVIATION_OPEN;
        } else if (controls.stream().anyMatch(c -> !c.performedOn().isAfter(yearEnd))) {
            light = ControlViews.Light.DONE_ON_TIME;
        } else if (!controls.isEmpty() || at.asOf().isAfter(yearEnd)) {
            light = ControlViews.Light.LATE;
        } else {
            light = ControlViews.Light.NOT_DUE;
        }
        return new ControlViews.PointStatus(plan.planId(), point.pointId(), point.what(), point.performer(), point.method(),
                light, controls, actions);
    }

    private List<ControlPoint> points(String stored) {
        try {
            return json.readValue(stored, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("stored control points are not readable", e);
        }
    }

    private List<ReportedPoint> reported(String stored) {
        try {
            return json.readValue(stored, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("stored report is not readable", e);
        }
    }
}
