package se.planledger.domain.plan;

import se.planledger.domain.plan.item.ItemContent;

public record PlanItemRevised(String planId, int planVersion, String itemId, long revision, ItemContent content) {
}
