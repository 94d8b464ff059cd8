package se.planledger.query.plan;

import java.time.Instant;

public record PlanSummaryView(String planId, String title, String board, int firstYear, int lastYear,
                              Instant draftedAt) {
}
