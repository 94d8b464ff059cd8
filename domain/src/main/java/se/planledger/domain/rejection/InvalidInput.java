package se.planledger.domain.rejection;

/** The command itself is malformed: a missing name, an unknown parent, a blank reference. */
public class InvalidInput extends Rejection {
    public InvalidInput(String field, String reason) {
        super(field, reason);
    }
}
