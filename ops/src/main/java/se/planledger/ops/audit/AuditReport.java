package se.planledger.ops.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import se.planledger.ops.seal.ChainVerification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The outcome of an audit replay: how many events were replayed up to {@code knownAt}, and per read model every
 * answer that differs between the projection (before) and the state rebuilt from the raw events (after), and the
 * event chain as verified before the replay ({@code chain}; null where the store keeps no chain, with Axon Server).
 * Answers that follow from events that were changed behind the ledger's back prove nothing, and neither does an
 * audit that replayed no event or compared no answer (a plan unknown at knownAt): none of these is ever clean, and
 * {@code verdict} says which it is.
 */
public record AuditReport(Instant knownAt, String planId, long eventsReplayed, List<ReadModelAudit> readModels,
                          long differences, long millis, ChainVerification chain) {

    /** {@code answersCompared}: how many answers (keys, or entries of a list) were compared, on either side. */
    public record ReadModelAudit(String readModel, String processingGroup, long answersCompared, long differences,
                                 List<Difference> firstDifferences) {
    }

    /**
     * One answer that differs, named by the record it concerns: the answer's {@code key} (null when the read model
     * answers one list), the {@code record} within it (e.g. "item G1", "version 2"; null when the difference is not
     * inside an identified record), the {@code field} within that record (null for a whole record present on one side
     * only), and the value the projection gives and the one rebuilt from the events (null where absent).
     */
    public record Difference(String key, String record, String field, JsonNode projection, JsonNode fromEvents) {

        /** In words: "rs-plan-2023-2025/in-force-from/2023-01-01 item G1 field content.name: 'a' vs 'b'". */
        @JsonProperty
        public String says() {
            String where = String.join(" ", Stream.of(key, record, field == null ? null : "field " + field)
                    .filter(Objects::nonNull).toList());
            return (where.isEmpty() ? "the answer" : where) + ": " + shown(projection) + " in the projection vs "
                    + shown(fromEvents) + " from the events";
        }

        private static String shown(JsonNode value) {
            if (value == null) {
                return "nothing";
            }
            return value.isValueNode() ? "'" + value.asText() + "'" : value.toString();
        }
    }

    /** How many answers were compared, over every read model. */
    @JsonProperty
    public long answersCompared() {
        return readModels.stream().mapToLong(ReadModelAudit::answersCompared).sum();
    }

    /** Whether the event chain was verified as part of this audit (not where the store keeps no chain). */
    @JsonProperty
    public boolean chainChecked() {
        return chain != null;
    }

    /** Clean: the chain verifies (where kept), at least one event replayed and one answer compared, none differs. */
    @JsonProperty
    public boolean clean() {
        return (chain == null || chain.verified()) && eventsReplayed > 0 && answersCompared() > 0 && differences == 0;
    }

    /** In words, for the report's reader: what the audit shows, including when it shows nothing. */
    @JsonProperty
    public String verdict() {
        if (chain != null && !chain.verified()) {
            return "CHAIN_BROKEN: the event chain does not verify, " + chain.verdict()
                    + "; answers replayed from these events prove nothing";
        }
        if (eventsReplayed == 0) {
            return "NOTHING_REPLAYED: no event was recorded at or before " + knownAt + "; the audit proves nothing";
        }
        if (answersCompared() == 0) {
            return "NOTHING_COMPARED: no answer " + (planId == null ? "" : "about plan " + planId + " ")
                    + "was known at " + knownAt + "; the audit proves nothing";
        }
        String checked = chain == null ? " (the event store keeps no sealed chain: not checked)"
                : " (event chain verified, head " + (chain.head() == null ? "none"
                : chain.head().globalIndex() + ":" + chain.head().seal()) + ")";
        return (differences == 0 ? "CLEAN: " + eventsReplayed + " events replayed, " + answersCompared()
                + " answers compared, every answer the same"
                : "DIFFERENCES: " + differences + " answers differ from the events") + checked;
    }
}
