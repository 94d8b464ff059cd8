package se.planledger.query.plan;

import se.planledger.query.diff.FieldChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What differs between two states of a plan (or of one subtree): items added, removed and changed. */
public record PlanDiffView(String planId, Point from, Point to, String subtree, List<ItemSummary> added,
                           List<ItemSummary> removed, List<ChangedItem> changed) {

    /** One side of the comparison: the time point asked for and the plan version it resolved to. */
    public record Point(LocalDate asOf, Instant knownAt, Integer requestedVersion, int planVersion,
                        String reference) {
    }

    public record ItemSummary(String itemId, String kind, String name, String parentId) {
    }

    public record ChangedItem(String itemId, String kind, String name, List<FieldChange> changes) {
    }
}
