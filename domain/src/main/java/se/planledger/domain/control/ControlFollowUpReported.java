package se.planledger.domain.control;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan's follow-up was reported to a body, exactly as delivered; later controls are new facts and never change it.
 * Applied when {@link ReportControlFollowUp} is accepted with a new report id. {@code reportedTo} is the body it went
 * to, as given; {@code points} every control point of the plan as it stood then: its last control and the
 * actions then open.
 */
public record ControlFollowUpReported(String planId, String reportId, LocalDate reportedOn, String reportedTo,
                                      List<ReportedPoint> points) implements ControlEvent {
}
