package se.planledger.domain.followup;

/**
 * A command of the plan's follow-up (outcomes, goal judgements, work status): a request the aggregate may refuse.
 * Sealed, so a reader tells a command from an event by its type and sees the area's whole write API in one place.
 */
public sealed interface FollowUpCommand
        permits RecordOutcome, RecordOutcomes, CorrectOutcome, ReevaluateOutcome, JudgeGoal, ReportWorkStatus {
}
