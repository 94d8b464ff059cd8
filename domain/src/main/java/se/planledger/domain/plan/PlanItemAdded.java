package se.planledger.domain.plan;

import se.planledger.domain.plan.item.ItemContent;

/**
 * An item was added to the plan's open draft. Applied when {@link AddPlanItem} is accepted: the id is new to the
 * plan and the parent is an active item of the kind the item hangs under. {@code planVersion} is the draft version
 * the item first appears in; {@code revision} is the item's own version number (1 when added), the ETag readers
 * see; {@code parentId} is the goal or success factor it hangs under (null at the top of the plan); {@code content}
 * is what the item says, its kind named in the stored JSON.
 */
public record PlanItemAdded(String planId, int planVersion, String itemId, long revision, String parentId,
                            ItemContent content) implements PlanEvent {
}
