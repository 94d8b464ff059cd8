package se.planledger.ops.rebuild;

import se.planledger.ops.audit.AuditReport;

import java.util.List;

/** What a rebuild did: which processing groups, over how many events, in how long, and the audit after it. */
public record RebuildReport(List<String> processingGroups, long events, long millis, AuditReport verification) {
}
