package se.planledger.query.version;

import org.axonframework.eventhandling.TrackingToken;

/**
 * An event's place in the whole ledger, for the versions of things whose events state no revision of their own: it
 * only grows, in every event store the ledger runs on, and a replay (a rebuild, the audit) gives each event the same.
 */
public final class GlobalIndex {

    private GlobalIndex() {
    }

    public static long of(TrackingToken position) {
        if (position == null) {
            throw new IllegalStateException("an event without a tracking position cannot be placed among versions");
        }
        return position.position().orElseThrow(() -> new IllegalStateException(
                "the event's tracking token " + position + " states no position"));
    }
}
