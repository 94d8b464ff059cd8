package se.planledger.ops.seal;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The event chain recomputed from the stored events and compared with {@code event_seal}. {@code head} is the
 * newest seal: an auditor writes it down and later asks whether the history since extends it
 * ({@code since=<globalIndex>:<seal>}). {@code firstBreak} is the first event (in global-index order) whose
 * stored bytes or place in the chain no longer match. Events newer than the head are not sealed yet.
 * {@code snapshotsNotMatching} are the stored snapshots whose digest does not match: commands ignore them and load
 * the aggregate from its events, but someone changed them.
 */
public record ChainVerification(long eventsSealed, long eventsNotYetSealed, Head head, Break firstBreak,
                                List<SnapshotMismatch> snapshotsNotMatching) {

    public record Head(long globalIndex, String seal) {
    }

    /** Where the chain breaks: the event (as far as it is still stored) and why. */
    public record Break(long globalIndex, String eventIdentifier, String aggregateIdentifier, Long sequenceNumber,
                        String reason) {
    }

    /** A snapshot that does not match the digest recorded when it was written, and why. */
    public record SnapshotMismatch(String aggregateIdentifier, long sequenceNumber, String reason) {
    }

    @JsonProperty
    public boolean verified() {
        return firstBreak == null && snapshotsNotMatching.isEmpty();
    }

    @JsonProperty
    public String verdict() {
        if (firstBreak != null) {
            return "BROKEN at event " + firstBreak.globalIndex() + ": " + firstBreak.reason();
        }
        if (!snapshotsNotMatching.isEmpty()) {
            SnapshotMismatch first = snapshotsNotMatching.get(0);
            return "BROKEN snapshot of " + first.aggregateIdentifier() + " at sequence " + first.sequenceNumber() + ": "
                    + first.reason() + " (commands ignore it and load " + first.aggregateIdentifier()
                    + " from its events)" + (snapshotsNotMatching.size() > 1
                    ? "; " + (snapshotsNotMatching.size() - 1) + " more snapshots do not match" : "");
        }
        return "VERIFIED: " + eventsSealed + " events sealed, every seal recomputed from the stored events"
                + (head == null ? "" : ", head " + head.globalIndex() + ":" + head.seal());
    }
}
