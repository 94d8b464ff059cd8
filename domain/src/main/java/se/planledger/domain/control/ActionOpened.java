package se.planledger.domain.control;

import java.time.LocalDate;

/**
 * A control's deviation opened an action, status NOT_STARTED. Applied right after the {@link ControlPerformed} of a
 * {@link RecordControl} whose result is a deviation, which must name the action. {@code controlId} and
 * {@code pointId} are the deviating control and its point; {@code what} is what is to be done, by {@code owner}, by
 * {@code dueDate}; {@code openedOn} is the control's date.
 */
public record ActionOpened(String planId, String actionId, String controlId, String pointId, String what, String owner,
                           LocalDate dueDate, LocalDate openedOn) implements ControlEvent {
}
