package se.planledger.domain.control;

/**
 * A command of the internal-control plan: a request the aggregate may refuse. Sealed, so a reader tells a command from
 * an event by its type and sees the area's whole write API in one place.
 */
public sealed interface ControlCommand
        permits AdoptControlPlan, RecordControl, ChangeActionStatus, ReportControlFollowUp {
}
