package se.planledger.domain.rejection;

import java.util.Map;

/** A command refused before any event was applied; {@code field} names where the problem is. */
public abstract class Rejection extends RuntimeException {

    private final String field;

    protected Rejection(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }

    /** What else a client needs to act on the refusal (the rule, the figures, the bad cells), by name. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
