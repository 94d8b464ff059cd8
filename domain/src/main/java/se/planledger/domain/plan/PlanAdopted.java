package se.planledger.domain.plan;

import se.planledger.domain.decision.Decision;

public record PlanAdopted(String planId, int version, Decision decision) {
}
