package se.planledger.domain.rejection;

import java.util.Map;

/** The writer saw an older version of the item than the ledger holds now (If-Match did not match). */
public class StaleVersion extends Rejection {

    private final long expected;
    private final long actual;

    public StaleVersion(String field, long expected, long actual) {
        super(field, "the item was changed by someone else: you had version " + expected + ", the ledger has " + actual);
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("expectedVersion", expected, "currentVersion", actual);
    }
}
