package se.planledger.domain.followup;

import se.planledger.domain.plan.ReportingPeriod;

public record WorkStatusReported(String planId, String itemId, int year, ReportingPeriod period, WorkStatus status,
                                 String comment) {
}
