package se.planledger.domain.followup;

import se.planledger.domain.plan.ReportingPeriod;

/**
 * The board judged a strategic goal of the plan as a whole for a report period. Applied when {@link JudgeGoal} is
 * accepted: the goal is a strategic goal of the plan and the year within the plan's years. {@code fulfilment} is the
 * board's own judgement (not computed from the outcomes); {@code narrative} its explanation as written.
 */
public record GoalJudged(String planId, String goalId, int year, ReportingPeriod period, Fulfilment fulfilment,
                         String narrative) implements FollowUpEvent {
}
