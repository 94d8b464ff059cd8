package se.planledger.ops.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The outcome of an audit replay: how many events were replayed up to {@code knownAt}, and per read model every
 * answer that differs between the projection (before) and the state rebuilt from the raw events (after). An audit
 * that replayed no event proves nothing and is never clean: it says so in {@code verdict}.
 */
public record AuditReport(Instant knownAt, String planId, long eventsReplayed, List<ReadModelAudit> readModels,
                          long differences, long millis) {

    public record ReadModelAudit(String readModel, String processingGroup, long differences, List<Difference> firstDifferences) {
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

    /** Clean: at least one event replayed, and no answer differs. */
    @JsonProperty
    public boolean clean() {
        return eventsReplayed > 0 && differences == 0;
    }

    /** In words, for the report's reader: what the audit shows, including when it shows nothing. */
    @JsonProperty
    public String verdict() {
        if (eventsReplayed == 0) {
            return "NOTHING_REPLAYED: no event was recorded at or before " + knownAt + "; the audit proves nothing";
        }
        return differences == 0 ? "CLEAN: " + eventsReplayed + " events replayed, every answer the same"
                : "DIFFERENCES: " + differences + " answers differ from the events";
    }
}
