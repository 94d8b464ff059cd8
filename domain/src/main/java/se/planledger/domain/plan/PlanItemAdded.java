package se.planledger.domain.plan;

import se.planledger.domain.plan.item.ItemContent;

/** {@code revision} is the item's own version number (1 when added), the ETag readers see. */
public record PlanItemAdded(String planId, int planVersion, String itemId, long revision, String parentId,
                            ItemContent content) {
}
