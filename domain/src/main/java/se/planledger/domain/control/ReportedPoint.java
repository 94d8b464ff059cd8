package se.planledger.domain.control;

import java.time.LocalDate;
import java.util.List;

/** A control point as a follow-up report delivered it: its last control and the actions then open. */
public record ReportedPoint(String pointId, String what, String performer, LocalDate lastPerformedOn,
                            ControlResult lastResult, List<String> openActions) {

    public ReportedPoint {
        openActions = openActions == null ? List.of() : List.copyOf(openActions);
    }
}
