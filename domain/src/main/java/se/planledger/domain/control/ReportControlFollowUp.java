package se.planledger.domain.control;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Reports the plan's follow-up to a body; what is reported is frozen in the event. */
public record ReportControlFollowUp(@TargetAggregateIdentifier String planId, String reportId, LocalDate reportedOn,
                                    String reportedTo) implements ControlCommand {
}
