package se.planledger.domain.rejection;

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
}
