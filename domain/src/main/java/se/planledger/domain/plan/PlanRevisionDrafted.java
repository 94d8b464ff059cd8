package se.planledger.domain.plan;

import org.axonframework.serialization.Revision;

/**
 * Revision 2 names the decided version the draft starts from, which diffs between versions need. Revision-1
 * events (without it) are upcast by {@code PlanRevisionDraftedUpcaster}: the draft always started from the
 * version before it.
 */
@Revision("2")
public record PlanRevisionDrafted(String planId, int version, int basedOnVersion) {
}
