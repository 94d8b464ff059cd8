package se.planledger.domain.plan;

import se.planledger.domain.decision.Body;

public record PlanDrafted(String planId, String title, Body board, int firstYear, int lastYear) {
}
