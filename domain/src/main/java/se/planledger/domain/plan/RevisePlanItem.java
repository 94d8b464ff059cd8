package se.planledger.domain.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import se.planledger.domain.plan.item.ItemContent;

/** Replaces what an item says, in the open draft. {@code expectedRevision} (from If-Match) may be null. */
public record RevisePlanItem(@TargetAggregateIdentifier String planId, String itemId, ItemContent content,
                             Long expectedRevision) implements PlanCommand {
}
