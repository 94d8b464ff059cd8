package se.planledger.ops.audit;

import se.planledger.query.diff.FieldChange;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of an audit replay: how many events were replayed up to {@code knownAt}, and per read model every
 * answer that differs between the projection (before) and the state rebuilt from the raw events (after).
 */
public record AuditReport(Instant knownAt, String planId, long eventsReplayed, List<ReadModelAudit> readModels,
                          long differences, long millis) {

    public record ReadModelAudit(String readModel, String processingGroup, long differences, List<FieldChange> firstDifferences) {
    }

    public boolean clean() {
        return differences == 0;
    }
}
