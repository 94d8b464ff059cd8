package se.planledger.domain.followup;

/** Goal fulfilment (måluppfyllelse) as the reports colour it. */
public enum Fulfilment {
    MET,
    PARTLY_MET,
    NOT_MET,
    NOT_ASSESSABLE
}
