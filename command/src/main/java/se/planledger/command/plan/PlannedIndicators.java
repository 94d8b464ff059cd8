package se.planledger.command.plan;

import org.axonframework.modelling.command.Repository;

/** Where the follow-up finds an indicator as the plan holds it; loading the plan refuses an unknown plan. */
@FunctionalInterface
public interface PlannedIndicators {

    PlannedIndicator find(String planId, String indicatorId, String unit);

    /** From the plans themselves, read in the same unit of work as the outcome they are asked for. */
    static PlannedIndicators of(Repository<Plan> plans) {
        return (planId, indicatorId, unit) -> plans.load(planId).invoke(plan -> plan.plannedIndicator(indicatorId, unit));
    }
}
