package se.planledger.ops.seal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The event chain recomputed from the stored events and compared with {@code event_seal}. {@code head} is the
 * newest seal: an auditor writes it down and later asks whether the history since extends it
 * ({@code since=<globalIndex>:<seal>}). {@code firstBreak} is the first event (in global-index order) whose
 * stored bytes or place in the chain no longer match. Events newer than the head are not sealed yet.
 */
public record ChainVerification(long eventsSealed, long eventsNotYetSealed, Head head, Break firstBreak) {

    public record Head(long globalIndex, String seal) {
    }

    /** Where the chain breaks: the event (as far as it is still stored) and why. */
    public record Break(long globalIndex, String eventIdentifier, String aggregateIdentifier, Long sequenceNumber,
                        String reason) {
    }

    @JsonProperty
    public boolean verified() {
        return firstBreak == null;
    }

    @JsonProperty
    public String verdict() {
        if (firstBreak != null) {
            return "BROKEN at event " + firstBreak.globalIndex() + ": " + firstBreak.reason();
        }
        return "VERIFIED: " + eventsSealed + " events sealed, every seal recomputed from the stored events"
                + (head == null ? "" : ", head " + head.globalIndex() + ":" + head.seal());
    }
}
