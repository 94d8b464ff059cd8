package se.planledger.domain.followup;

import se.planledger.domain.plan.ReportingPeriod;

public record GoalJudged(String planId, String goalId, int year, ReportingPeriod period, Fulfilment fulfilment,
                         String narrative) {
}
