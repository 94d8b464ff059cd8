package se.planledger.ops.web;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.ops.audit.AuditReplay;
import se.planledger.ops.jobs.OpsJob;
import se.planledger.ops.jobs.OpsJobs;
import se.planledger.ops.rebuild.ProjectionRebuild;
import se.planledger.query.plan.PlanReadModel;
import se.planledger.query.plan.PlanSummaryView;
import se.planledger.query.time.TimePoints;

import java.util.List;

/** The ops work a user starts, from the API or the audit page: an audit replay or a rebuild, each run as a job. */
@Component
public class OpsTasks {

    private final OpsJobs jobs;
    private final AuditReplay audit;
    private final ProjectionRebuild rebuild;
    private final TimePoints timePoints;
    private final PlanReadModel plans;

    public OpsTasks(OpsJobs jobs, AuditReplay audit, ProjectionRebuild rebuild, TimePoints timePoints,
                    PlanReadModel plans) {
        this.plans = plans;
        this.jobs = jobs;
        this.audit = audit;
        this.rebuild = rebuild;
        this.timePoints = timePoints;
    }

    /**
     * An audit of every read model (or one plan's) up to knownAt (blank: now). A plan the ledger did not know at
     * knownAt is refused before any job: its audit would compare nothing and could only look clean.
     */
    public OpsJob audit(String knownAt, String planId) {
        var upTo = timePoints.knownAt(knownAt);
        String plan = planId == null || planId.isBlank() ? null : planId.trim();
        if (plan != null && plans.plans(upTo).stream().map(PlanSummaryView::planId).noneMatch(plan::equals)) {
            throw new InvalidInput("planId", "no plan " + plan + " was known at " + upTo
                    + ": an audit of it would compare nothing");
        }
        return jobs.start("audit", progress -> audit.run(upTo, plan, progress));
    }

    /** A rebuild of one processing group (blank: all), then its audit; an unknown group is refused before any job. */
    public OpsJob rebuild(String group) {
        List<StreamingEventProcessor> chosen = rebuild.processorsOf(group == null || group.isBlank() ? null : group);
        return jobs.start("rebuild", progress -> rebuild.rebuild(chosen, progress));
    }
}
