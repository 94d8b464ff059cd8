package se.planledger.domain.followup;

/**
 * An event of the plan's follow-up (outcomes, goal judgements, work status): a fact the ledger recorded for good.
 * Sealed, so a reader tells an event from a command by its type and sees every fact of the area in one place; a new
 * event is added here, documented, and never changed after it is stored (the stored type is the record's class name; a
 * changed shape needs an upcaster). No type property in the stored JSON: the interface only groups the records.
 */
public sealed interface FollowUpEvent
        permits OutcomeRecorded, OutcomeCorrected, OutcomeReevaluated, GoalJudged, WorkStatusReported {
}
