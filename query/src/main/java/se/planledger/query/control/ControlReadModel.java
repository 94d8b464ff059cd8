package se.planledger.query.control;

import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import se.planledger.domain.control.ActionStatus;
import se.planledger.domain.control.ControlPoint;
import se.planledger.domain.control.ReportedPoint;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.audit.AuditedReadModel;
import se.planledger.query.json.JsonColumn;
import se.planledger.query.version.VersionTable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Internal-control plans, their status board, the chain from a risk, and reports as delivered, at any time point. */
@Component
public class ControlReadModel implements AuditedReadModel {

    private static final VersionTable ACTIONS = ControlProjection.ACTIONS;

    private final JdbcTemplate jdbc;
    private final JsonColumn json;

    public ControlReadModel(JdbcTemplate jdbc, JsonColumn json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<ControlViews.Plan> plans(TimePoint at) {
        return jdbc.query("select * from control_plan where valid_from <= ? and recorded_at <= ? order by plan_id",
                this::plan, at.asOf(), Timestamp.from(at.knownAt()));
    }

    /** One plan, read alone. */
    public ControlViews.Plan plan(String planId, TimePoint at) {
        return jdbc.query("select * from control_plan where plan_id = ? and valid_from <= ? and recorded_at <= ?",
                        this::plan, planId, at.asOf(), Timestamp.from(at.knownAt())).stream().findFirst()
                .orElseThrow(() -> new UnknownItem("planId", "no internal-control plan " + planId + " in force on "
                        + at.asOf() + " as known at " + at.knownAt()));
    }

    /** Every point's light, controls and actions as they stood at asOf, as known at knownAt. */
    public List<ControlViews.PointStatus> status(String planId, TimePoint at) {
        return status(List.of(plan(planId, at)), point -> true, at);
    }

    /** From a risk to the control points covering it, their controls, deviations and actions. */
    public List<ControlViews.PointStatus> chain(String riskId, TimePoint at) {
        return status(plans(at).stream().filter(plan -> plan.points().stream().anyMatch(p -> p.coversRisks().contains(riskId)))
                .toList(), p -> p.coversRisks().contains(riskId), at);
    }

    /** One action as it stood at asOf, as known at knownAt, read alone. */
    public ControlViews.Action action(String planId, String actionId, TimePoint at) {
        return jdbc.query(ACTIONS.inForce("v.plan_id = ? and v.action_id = ?", "v.action_id"), (rs, n) -> action(rs, at),
                        ACTIONS.arguments(at.asOf(), at.knownAt(), planId, actionId)).stream().findFirst()
                .orElseThrow(() -> new UnknownItem("actionId", "plan " + planId + " has no action " + actionId
                        + " opened by " + at.asOf() + " as known at " + at.knownAt()));
    }

    /**
     * The action's latest revision known at knownAt, whatever date its changes are in force from: what a status
     * change revises, so a change dated ahead of asOf is not overwritten unseen.
     */
    public long latestRevision(String planId, String actionId, Instant knownAt) {
        return jdbc.queryForObject("select count(*) from " + ACTIONS.table() + " where plan_id = ? and action_id = ? "
                + "and recorded_at <= ?", Long.class, planId, actionId, Timestamp.from(knownAt));
    }

    public List<ControlViews.DeliveredReport> reports(String planId, Instant knownAt) {
        return jdbc.query("select * from control_report where plan_id = ? and recorded_at <= ? order by valid_from, report_id",
                (rs, n) -> new ControlViews.DeliveredReport(rs.getString("plan_id"), rs.getString("report_id"),
                        rs.getObject("valid_from", LocalDate.class), rs.getString("reported_to"),
                        json.read(rs.getString("points"), new TypeReference<List<ReportedPoint>>() { }),
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

    /** The chosen points' status, from the plans' controls and actions read at once: one query for each, however many plans. */
    private List<ControlViews.PointStatus> status(List<ControlViews.Plan> plans, Predicate<ControlPoint> chosen, TimePoint at) {
        if (plans.isEmpty()) {
            return List.of();
        }
        List<String> planIds = plans.stream().map(ControlViews.Plan::planId).toList();
        String ofThePlans = "plan_id in (" + String.join(", ", Collections.nCopies(planIds.size(), "?")) + ")";
        Map<String, List<ControlViews.Control>> controls = new HashMap<>();
        List<Object> controlArguments = new ArrayList<>(planIds);
        controlArguments.addAll(List.of(at.asOf(), Timestamp.from(at.knownAt())));
        jdbc.query("select * from control_performed where " + ofThePlans + " and valid_from <= ? and recorded_at <= ? "
                        + "order by valid_from, control_id",
                (RowCallbackHandler) rs -> controls.computeIfAbsent(pointOf(rs), k -> new ArrayList<>())
                        .add(new ControlViews.Control(rs.getString("control_id"), rs.getObject("valid_from", LocalDate.class),
                                rs.getString("performer"), rs.getString("result"), rs.getString("evidence"),
                                rs.getString("comment"), rs.getTimestamp("recorded_at").toInstant(),
                                rs.getString("recorded_by"))),
                controlArguments.toArray());
        Map<String, List<ControlViews.Action>> actions = new HashMap<>();
        jdbc.query(ACTIONS.inForce("v." + ofThePlans, "v.action_id"), (RowCallbackHandler) rs -> actions
                .computeIfAbsent(pointOf(rs), k -> new ArrayList<>()).add(action(rs, at)),
                ACTIONS.arguments(at.asOf(), at.knownAt(), planIds.toArray()));
        return plans.stream().flatMap(plan -> plan.points().stream().filter(chosen)
                        .map(point -> status(plan, point, controls.getOrDefault(pointOf(plan.planId(), point.pointId()), List.of()),
                                actions.getOrDefault(pointOf(plan.planId(), point.pointId()), List.of()), at)))
                .toList();
    }

    /** A control point named across plans: its plan and its id within the plan. */
    private static String pointOf(String planId, String pointId) {
        return planId + "/" + pointId;
    }

    private static String pointOf(ResultSet rs) throws SQLException {
        return pointOf(rs.getString("plan_id"), rs.getString("point_id"));
    }

    private static ControlViews.PointStatus status(ControlViews.Plan plan, ControlPoint point,
                                                   List<ControlViews.Control> controls, List<ControlViews.Action> actions,
                                                   TimePoint at) {
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

    /** An action's version row as it stands at the time point: overdue when still open after its due date. */
    private static ControlViews.Action action(ResultSet rs, TimePoint at) throws SQLException {
        String status = rs.getString("status");
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        return new ControlViews.Action(rs.getString("action_id"), rs.getString("control_id"), rs.getString("what"),
                rs.getString("owner"), due, status, rs.getInt("revision"), rs.getObject("valid_from", LocalDate.class),
                ActionStatus.valueOf(status).open() && due.isBefore(at.asOf()),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }

    private ControlViews.Plan plan(ResultSet rs, int n) throws SQLException {
        return new ControlViews.Plan(rs.getString("plan_id"), rs.getString("board"), rs.getInt("plan_year"),
                rs.getString("reference"), rs.getObject("valid_from", LocalDate.class),
                json.read(rs.getString("points"), new TypeReference<List<ControlPoint>>() { }));
    }
}
