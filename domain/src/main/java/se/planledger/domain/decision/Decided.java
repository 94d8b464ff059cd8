package se.planledger.domain.decision;

/**
 * An event that records a decision (an adoption, a revision, a framework allocation, a control plan...). The
 * decision register lists every such event, whatever its area, so auditors find any decision by its reference.
 */
public interface Decided {

    Decision decision();

    /** What the decision is about, e.g. the plan id; shown in the register beside the reference. */
    String subject();
}
