package se.planledger.query.followup;

/** A report there are outcomes for: the plan, year, period (as reports write it, "DÅ08") and unit. */
public record InterimReportKey(String planId, int year, String period, String unit) {
}
