package se.planledger.domain.plan;

/**
 * A command of the plan (drafts, adoption, revisions and items): a request the aggregate may refuse. Sealed, so a
 * reader tells a command from an event by its type and sees the area's whole write API in one place.
 */
public sealed interface PlanCommand
        permits DraftPlan, AddPlanItem, RevisePlanItem, RetirePlanItem, AdoptPlan, DraftPlanRevision, RevisePlan {
}
