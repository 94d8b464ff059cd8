package se.planledger.domain.control;

import java.time.LocalDate;
import java.util.List;

/** The follow-up exactly as delivered; later controls are new facts and never change it. */
public record ControlFollowUpReported(String planId, String reportId, LocalDate reportedOn, String reportedTo,
                                      List<ReportedPoint> points) {
}
