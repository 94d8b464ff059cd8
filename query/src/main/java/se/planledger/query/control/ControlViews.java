package se.planledger.query.control;

import se.planledger.domain.control.ControlPoint;
import se.planledger.domain.control.ReportedPoint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The read shapes of internal control: plan, status board, chain, reports. */
public final class ControlViews {

    private ControlViews() {
    }

    public record Plan(String planId, String board, int year, String reference, LocalDate effectiveDate,
                       List<ControlPoint> points) {
    }

    /**
     * DONE_ON_TIME: controlled within the plan's year, no deviation open; DEVIATION_OPEN: an action still open;
     * LATE: not controlled within the plan's year (controlled after it, or not yet); NOT_DUE: the year is still running.
     */
    public enum Light { DONE_ON_TIME, DEVIATION_OPEN, LATE, NOT_DUE }

    public record PointStatus(String planId, String pointId, String what, String performer, String method, Light light,
                              List<Control> controls, List<Action> actions) {
    }

    public record Control(String controlId, LocalDate performedOn, String performer, String result, String evidence,
                          String comment, Instant recordedAt, String recordedBy) {
    }

    /** An action as it stood; {@code revision} is this version's place among the action's (opened is 1). */
    public record Action(String actionId, String controlId, String what, String owner, LocalDate dueDate, String status,
                         int revision, LocalDate changedOn, boolean overdue, Instant recordedAt, String recordedBy) {
    }

    /**
     * A follow-up report as delivered; {@code seal} is the event chain's seal when it was recorded
     * ({@code <globalIndex>:<seal>}), given when the report is delivered, not kept in the read model.
     */
    public record DeliveredReport(String planId, String reportId, LocalDate reportedOn, String reportedTo, List<ReportedPoint> points,
                                  Instant recordedAt, String recordedBy, String seal) {

        public DeliveredReport sealed(String seal) {
            return new DeliveredReport(planId, reportId, reportedOn, reportedTo, points, recordedAt, recordedBy, seal);
        }
    }
}
