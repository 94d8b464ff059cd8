package se.planledger.domain.control;

import java.time.LocalDate;

/**
 * An open action moved to a new status on {@code changedOn}; DONE and CANCELLED are final. Applied when
 * {@link ChangeActionStatus} is accepted for an action that is still open. {@code comment} is the reason or progress
 * note, as given.
 */
public record ActionStatusChanged(String planId, String actionId, ActionStatus status, LocalDate changedOn, String comment)
        implements ControlEvent {
}
