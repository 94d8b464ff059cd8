package se.planledger.query.audit;

import java.time.Instant;

/**
 * A read model the audit replay can check. The replay rebuilds the projection from the raw events into a
 * separate in-memory database and asks both copies the same question; any difference is reported.
 */
public interface AuditedReadModel {

    /** The processing group whose projection feeds this read model. */
    String processingGroup();

    /**
     * Everything this read model answers as known at {@code knownAt}, over every asOf date that matters to it
     * (e.g. each decided version's effective date), as plain data (records, lists, maps) that serialise to JSON.
     */
    Object everythingKnownAt(Instant knownAt);
}
