package se.planledger.domain.control;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records a control performed against a point of the adopted plan; a deviation names the action it opens. */
public record RecordControl(@TargetAggregateIdentifier String planId, String controlId, String pointId,
                            LocalDate performedOn, String performer, ControlResult result, String evidence,
                            String comment, ActionToTake action) implements ControlCommand {
}
