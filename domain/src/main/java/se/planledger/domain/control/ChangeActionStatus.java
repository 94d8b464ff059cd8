package se.planledger.domain.control;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ChangeActionStatus(@TargetAggregateIdentifier String planId, String actionId, ActionStatus status,
                                 LocalDate changedOn, String comment) {
}
