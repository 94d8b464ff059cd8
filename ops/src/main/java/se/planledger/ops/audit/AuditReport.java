package se.planledger.ops.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import se.planledger.query.diff.FieldChange;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of an audit replay: how many events were replayed up to {@code knownAt}, and per read model every
 * answer that differs between the projection (before) and the state rebuilt from the raw events (after). An audit
 * that replayed no event proves nothing and is never clean: it says so in {@code verdict}.
 */
public record AuditReport(Instant knownAt, String planId, long eventsReplayed, List<ReadModelAudit> readModels,
                          long differences, long millis) {

    public record ReadModelAudit(String readModel, String processingGroup, long differences, List<FieldChange> firstDifferences) {
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
