package se.planledger.domain.plan;

public record PlanRevisionDrafted(String planId, int version) {
}
