package se.planledger.domain.rejection;

/**
 * The sender's roles let it write here, but not this: e.g. a decision in the name of a body its roles do not
 * record decisions for.
 */
public class NotAllowed extends Rejection {
    public NotAllowed(String field, String reason) {
        super(field, reason);
    }
}
