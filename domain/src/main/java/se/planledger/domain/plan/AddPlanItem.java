package se.planledger.domain.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.plan.item.ItemContent;

/**
 * Adds an item to the plan's open draft. {@code parentId} names the goal or success factor it hangs under
 * (none for goals, assignments and strategies); the item id is chosen by the caller and kept for good.
 */
public record AddPlanItem(@TargetAggregateIdentifier String planId, String itemId, String parentId, ItemContent content)
        implements PlanCommand {
}
