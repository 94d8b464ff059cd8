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

    /**
     * Refuses a writer who named (in If-Match) another revision than the current one; a writer who named none is not
     * checked. {@code expected} is the revision or version as the command carries it.
     */
    public static void unlessCurrent(Number expected, long current) {
        if (expected != null && expected.longValue() != current) {
            throw new StaleVersion("If-Match", expected.longValue(), current);
        }
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
