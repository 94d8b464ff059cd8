package se.planledger.query.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The plan as it stood at {@code asOf}, as the ledger knew it at {@code knownAt}. */
public record PlanTreeView(String planId, String title, String board, int firstYear, int lastYear,
                           LocalDate asOf, Instant knownAt, PlanVersionView version,
                           List<PerspectiveView> perspectives, List<PlanItemView> assignments,
                           List<PlanItemView> strategies) {

    public record PerspectiveView(String code, String label, List<PlanItemView> goals) {
    }
}
