package se.planledger.ops.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import se.planledger.ops.audit.ProjectionCatchUp;
import se.planledger.ops.health.ProjectionFailures;
import se.planledger.ops.health.ProjectionHealth;
import se.planledger.ops.jobs.OpsJob;
import se.planledger.ops.jobs.OpsJobs;
import se.planledger.ops.seal.ChainVerification;
import se.planledger.ops.seal.EventArchive;
import se.planledger.ops.seal.EventSeals;

import java.net.URI;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/ops")
@Tag(name = "Ops", description = "Audit replay against the projections, projection rebuilds, their progress, the event chain's verification")
public class OpsController {

    private final OpsJobs jobs;
    private final OpsTasks tasks;
    private final ProjectionCatchUp processors;
    private final ProjectionHealth health;
    private final EventSeals seals;
    private final EventArchive archive;

    public OpsController(OpsJobs jobs, OpsTasks tasks, ProjectionCatchUp processors, ProjectionHealth health,
                         EventSeals seals, EventArchive archive) {
        this.jobs = jobs;
        this.tasks = tasks;
        this.processors = processors;
        this.health = health;
        this.seals = seals;
        this.archive = archive;
    }

    /** A processing group on this node; {@code stoppedAt} names the event it cannot get past, if any. */
    public record ProcessorView(String processingGroup, boolean running, boolean replaying,
                                ProjectionFailures.Failure stoppedAt) {
    }

    @PostMapping("/audits")
    @Operation(summary = "Start an audit replay: rebuild every read model from the raw events up to knownAt in memory and "
            + "compare its answers with the projections'. Poll the returned job for progress and the report.")
    @ApiResponse(responseCode = "202", description = "Started: poll the job at Location")
    public ResponseEntity<OpsJob> audit(@RequestParam(required = false) String knownAt,
                                        @RequestParam(required = false) String planId) {
        return accepted(tasks.audit(knownAt, planId));
    }

    @PostMapping("/rebuilds")
    @Operation(summary = "Reset and rebuild one processing group (or all), then verify by the audit replay. "
            + "The group's answers are incomplete until it has caught up.")
    @ApiResponse(responseCode = "202", description = "Started: poll the job at Location")
    public ResponseEntity<OpsJob> rebuild(@RequestParam(required = false) String group) {
        return accepted(tasks.rebuild(group));
    }

    @GetMapping("/jobs/{jobId}")
    @Operation(summary = "A job's progress (done of total, estimated seconds left) and, when done, its report")
    public OpsJob job(@PathVariable String jobId) {
        return jobs.get(jobId);
    }

    @GetMapping("/processors")
    @Operation(summary = "The projections' processing groups: whether they run or replay, and the event a stopped one cannot get past")
    public List<ProcessorView> processors() {
        Map<String, ProjectionFailures.Failure> stopped = health.stopped();
        return processors.streamingProcessors().stream()
                .map(p -> new ProcessorView(p.getName(), p.isRunning(), p.isReplaying(), stopped.get(p.getName())))
                .toList();
    }

    @GetMapping("/verification")
    @Operation(summary = "Recompute the event chain from the stored events and compare it with the seals: whether it "
            + "verifies, the first event that does not and why, and the head seal to write down. With "
            + "since=<globalIndex>:<seal> (a head written down before) it also checks that the chain still contains it.")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "422", description = "With Axon Server (the axonserver profile) there is no event chain to verify",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/" + ApiContract.PROBLEM)))
    public ChainVerification verification(@RequestParam(required = false) String since) {
        return seals.verify(since);
    }

    @GetMapping(value = "/events/export", produces = "application/x-ndjson")
    @Operation(summary = "Every sealed event as stored, one JSON line each with its seal (NDJSON), in global-index order: "
            + "the whole ledger, for --ledger.task=restore into an empty database. For auditors.")
    public ResponseEntity<StreamingResponseBody> exportEvents() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"events.ndjson\"")
                .body(archive::export);
    }

    private static ResponseEntity<OpsJob> accepted(OpsJob job) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/ops/jobs/" + job.id())).body(job);
    }
}
