package se.planledger.domain.plan.item;

import java.util.Optional;

/** The kinds of item a plan holds, and under which kind each one hangs in the goal tree. */
public enum ItemKind {
    STRATEGIC_GOAL(null),
    SUCCESS_FACTOR(STRATEGIC_GOAL),
    INDICATOR(SUCCESS_FACTOR),
    CONTROL_MEASURE(SUCCESS_FACTOR),
    ACTIVITY(SUCCESS_FACTOR),
    ASSIGNMENT(null),
    STRATEGY(null);

    private final ItemKind parentKind;

    ItemKind(ItemKind parentKind) {
        this.parentKind = parentKind;
    }

    /** Empty for items at the top of the plan (goals sit under a perspective, which is not an item). */
    public Optional<ItemKind> parentKind() {
        return Optional.ofNullable(parentKind);
    }
}
