package se.planledger.domain.decision;

/** The bodies that decide or own parts of the plan; codes as the seeds tag them, e.g. "(RS, RUN)". */
public enum Body {
    RF("Regionfullmäktige"),
    RS("Regionstyrelsen"),
    RUN("Regionala utvecklingsnämnden"),
    PN("Patientnämnden"),
    RD("Regiondirektören");

    private final String label;

    Body(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
