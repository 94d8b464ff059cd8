package se.planledger.domain.plan;

import se.planledger.domain.plan.item.ItemContent;

/**
 * What an item says was replaced in the plan's open draft. Applied when {@link RevisePlanItem} is accepted: the item
 * is active, its kind unchanged, and the writer's expected revision (If-Match) was current. {@code planVersion} is
 * the draft version the change goes into; {@code revision} the item's new version number (one more than before);
 * {@code content} the item's whole new content, not a patch.
 */
public record PlanItemRevised(String planId, int planVersion, String itemId, long revision, ItemContent content)
        implements PlanEvent {
}
