package se.planledger.domain.control;

/** What a performed control found. */
public enum ControlResult {
    NO_REMARKS,
    DEVIATION
}
