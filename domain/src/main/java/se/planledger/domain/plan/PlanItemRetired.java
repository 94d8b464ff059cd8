package se.planledger.domain.plan;

/**
 * An item was taken out of the plan from the open draft on; its history stays and its id is never reused. Applied
 * when {@link RetirePlanItem} is accepted: the item is active and has no active items under it.
 * {@code planVersion} is the draft version it is retired in; {@code revision} the item's new version number (one
 * more than before); {@code reason} why it was retired, as given.
 */
public record PlanItemRetired(String planId, int planVersion, String itemId, long revision, String reason)
        implements PlanEvent {
}
