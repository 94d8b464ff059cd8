package se.planledger.command.plan;

import se.planledger.domain.plan.item.ItemKind;

/** What the plan needs to know of an item to decide on later commands. */
record PlanItemState(ItemKind kind, String parentId, long revision, boolean retired) {

    PlanItemState withRevision(long newRevision) {
        return new PlanItemState(kind, parentId, newRevision, retired);
    }

    PlanItemState retiredAt(long newRevision) {
        return new PlanItemState(kind, parentId, newRevision, true);
    }
}
