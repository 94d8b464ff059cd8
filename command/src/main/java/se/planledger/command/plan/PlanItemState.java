package se.planledger.command.plan;

import se.planledger.domain.plan.item.ItemContent;
import se.planledger.domain.plan.item.ItemKind;

/** What the plan needs to know of an item to decide on later commands (its content: for judging outcomes). */
record PlanItemState(ItemKind kind, String parentId, long revision, boolean retired, ItemContent content) {

    PlanItemState revisedTo(long newRevision, ItemContent newContent) {
        return new PlanItemState(kind, parentId, newRevision, retired, newContent);
    }

    PlanItemState retiredAt(long newRevision) {
        return new PlanItemState(kind, parentId, newRevision, true, content);
    }
}
