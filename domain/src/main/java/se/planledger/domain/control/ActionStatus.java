package se.planledger.domain.control;

/** Where an action opened by a deviation stands; DONE and CANCELLED are final. */
public enum ActionStatus {
    NOT_STARTED,
    ONGOING,
    DONE,
    CANCELLED;

    public boolean open() {
        return this == NOT_STARTED || this == ONGOING;
    }
}
