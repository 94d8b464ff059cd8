package se.planledger.domain.followup;

/** Utveckling: how the outcome moved against the one before (or the baseline), read in the indicator's good direction. */
public enum Trend {
    IMPROVING,
    UNCHANGED,
    WORSENING,
    UNKNOWN
}
