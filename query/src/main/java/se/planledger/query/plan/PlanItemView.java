package se.planledger.query.plan;

import se.planledger.domain.plan.item.ItemContent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One item as it stood: its revision (the ETag), the plan version that made it, from when it is in force
 * ({@code validFrom}, empty for a draft), who recorded it and when, its content and the items under it.
 */
public record PlanItemView(String itemId, String kind, String parentId, long revision, int planVersion,
                           LocalDate validFrom, Instant recordedAt, String recordedBy, boolean retired,
                           String retiredFor, ItemContent content, List<PlanItemView> children) {

    /** The item's name, whatever its kind. */
    public String name() {
        return content.name();
    }
}
