package se.planledger.domain.plan;

import se.planledger.domain.decision.Body;

/**
 * A plan was started as a draft: version 1, open for items, not yet in force. Applied when {@link DraftPlan} is
 * accepted; the first event of every plan. {@code board} is the body that owns the plan; {@code firstYear} and
 * {@code lastYear} bound the years its targets and outcomes may name.
 */
public record PlanDrafted(String planId, String title, Body board, int firstYear, int lastYear) implements PlanEvent {
}
