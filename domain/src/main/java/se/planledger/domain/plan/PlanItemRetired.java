package se.planledger.domain.plan;

public record PlanItemRetired(String planId, int planVersion, String itemId, long revision, String reason) {
}
