package se.planledger.domain.control;

import java.time.LocalDate;

/**
 * A control was performed against a point of the plan, and what it found. Applied when {@link RecordControl} is
 * accepted: the point is in the adopted plan and the control id is new. A {@code DEVIATION} result is always
 * followed by an {@link ActionOpened} from the same command. {@code evidence} is what the result rests on and
 * {@code comment} the performer's remark, both as given.
 */
public record ControlPerformed(String planId, String controlId, String pointId, LocalDate performedOn, String performer,
                               ControlResult result, String evidence, String comment) implements ControlEvent {
}
