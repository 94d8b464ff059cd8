package se.planledger.command.plan;

/** Where the follow-up finds an indicator as the plan holds it; an unknown plan or indicator is refused. */
@FunctionalInterface
public interface PlannedIndicators {

    PlannedIndicator find(String planId, String indicatorId, String unit);
}
