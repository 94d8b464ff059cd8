package se.planledger.domain.risk;

/**
 * A command of the risk register (scales and assessments): a request the aggregate may refuse. Sealed, so a reader
 * tells a command from an event by its type and sees the area's whole write API in one place.
 */
public sealed interface RiskCommand
        permits AdoptRiskScale, AssessRisk, ReassessRisk, CloseRisk {
}
