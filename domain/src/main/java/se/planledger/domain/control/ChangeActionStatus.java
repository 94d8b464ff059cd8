package se.planledger.domain.control;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Moves an open action to a new status (DONE and CANCELLED are final), dated, with a comment.
 * {@code expectedRevision} is the action's revision its writer read (If-Match); null checks none.
 */
public record ChangeActionStatus(@TargetAggregateIdentifier String planId, String actionId, ActionStatus status,
                                 LocalDate changedOn, String comment, Long expectedRevision) implements ControlCommand {
}
