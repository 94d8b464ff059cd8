package se.planledger.query.export;

import java.time.Instant;

/**
 * The event chain's seal an answer rests on, for exports and reports to carry: whoever holds the file can later ask
 * the ledger whether its history still extends that seal. Implemented where the chain is kept (ops).
 */
public interface LedgerSeal {

    /** {@code <globalIndex>:<seal>} of the newest sealed event recorded at or before {@code knownAt}; null if none. */
    String headAt(Instant knownAt);
}
