package se.planledger.domain.plan;

import org.axonframework.serialization.Revision;

/**
 * The next version of an adopted plan was opened for changes; the version in force stays as it is until the revision
 * is decided. Applied when {@link DraftPlanRevision} is accepted and no draft is open. {@code version} is the new
 * draft's version number; {@code basedOnVersion} the decided version it starts from, which diffs between versions
 * need. Revision 2 of the event added {@code basedOnVersion}; revision-1 events (without it) are upcast by
 * {@code PlanRevisionDraftedUpcaster}: the draft always started from the version before it.
 */
@Revision("2")
public record PlanRevisionDrafted(String planId, int version, int basedOnVersion) implements PlanEvent {
}
