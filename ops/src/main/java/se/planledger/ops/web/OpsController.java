package se.planledger.ops.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.planledger.ops.audit.AuditReplay;
import se.planledger.ops.audit.ProjectionCatchUp;
import se.planledger.ops.jobs.OpsJob;
import se.planledger.ops.jobs.OpsJobs;
import se.planledger.ops.rebuild.ProjectionRebuild;
import se.planledger.query.time.TimePoints;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/v1/ops")
@Tag(name = "Ops", description = "Audit replay against the projections, projection rebuilds, their progress")
public class OpsController {

    private final OpsJobs jobs;
    private final AuditReplay audit;
    private final ProjectionRebuild rebuild;
    private final ProjectionCatchUp processors;
    private final TimePoints timePoints;

    public OpsController(OpsJobs jobs, AuditReplay audit, ProjectionRebuild rebuild, ProjectionCatchUp processors,
                         TimePoints timePoints) {
        this.jobs = jobs;
        this.audit = audit;
        this.rebuild = rebuild;
        this.processors = processors;
        this.timePoints = timePoints;
    }

    public record ProcessorView(String processingGroup, boolean running, boolean replaying) {
    }

    @PostMapping("/audits")
    @Operation(summary = "Start an audit replay: rebuild every read model from the raw events up to knownAt in memory and "
            + "compare its answers with the projections'. Poll the returned job for progress and the report.")
    public ResponseEntity<OpsJob> audit(@RequestParam(required = false) String knownAt,
                                        @RequestParam(required = false) String planId) {
        var upTo = timePoints.knownAt(knownAt);
        return accepted(jobs.start("audit", progress -> audit.run(upTo, planId, progress)));
    }

    @PostMapping("/rebuilds")
    @Operation(summary = "Reset and rebuild one processing group (or all), then verify by the audit replay. "
            + "The group's answers are incomplete until it has caught up.")
    public ResponseEntity<OpsJob> rebuild(@RequestParam(required = false) String group) {
        List<StreamingEventProcessor> chosen = rebuild.processorsOf(group); // an unknown group is refused before any job
        return accepted(jobs.start("rebuild", progress -> rebuild.rebuild(chosen, progress)));
    }

    @GetMapping("/jobs/{jobId}")
    @Operation(summary = "A job's progress (done of total, estimated seconds left) and, when done, its report")
    public OpsJob job(@PathVariable String jobId) {
        return jobs.get(jobId);
    }

    @GetMapping("/processors")
    @Operation(summary = "The projections' processing groups and whether they run or replay")
    public List<ProcessorView> processors() {
        return processors.streamingProcessors().stream()
                .map(p -> new ProcessorView(p.getName(), p.isRunning(), p.isReplaying()))
                .toList();
    }

    private static ResponseEntity<OpsJob> accepted(OpsJob job) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/ops/jobs/" + job.id())).body(job);
    }
}
