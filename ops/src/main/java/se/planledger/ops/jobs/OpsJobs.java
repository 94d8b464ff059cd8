package se.planledger.ops.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.planledger.domain.rejection.UnknownItem;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Runs ops work (audit replays, rebuilds) one at a time in the background and keeps each job's progress for
 * polling. One at a time: two rebuilds racing over the same tokens would undo each other.
 */
@Component
public class OpsJobs {

    private static final Logger log = LoggerFactory.getLogger(OpsJobs.class);

    private final Map<String, OpsJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "ops-job"));
    private final Clock clock;

    public OpsJobs(Clock clock) {
        this.clock = clock;
    }

    public OpsJob start(String kind, Function<Progress, Object> work) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        jobs.put(id, new OpsJob(id, kind, OpsJob.State.RUNNING, "queued", 0, 0, now, now, null, null, null));
        worker.submit(() -> run(id, kind, work));
        return jobs.get(id);
    }

    public OpsJob get(String id) {
        OpsJob job = jobs.get(id);
        if (job == null) {
            throw new UnknownItem("jobId", "no ops job " + id + " (jobs are kept until the service restarts)");
        }
        return job;
    }

    /** A progress reporter that logs, for work run in the foreground (the ops command line). */
    public static Progress logging(String kind) {
        return (step, done, total) -> log.info("{}: {} {}/{}", kind, step, done, total);
    }

    private void run(String id, String kind, Function<Progress, Object> work) {
        Progress progress = (step, done, total) -> {
            OpsJob job = jobs.get(id);
            Instant now = clock.instant();
            jobs.put(id, new OpsJob(id, kind, OpsJob.State.RUNNING, step, done, total, job.startedAt(), now,
                    OpsJob.secondsLeft(done, total, job.startedAt(), now), null, null));
            logging(kind).report(step, done, total);
        };
        try {
            Object result = work.apply(progress);
            OpsJob job = jobs.get(id);
            jobs.put(id, new OpsJob(id, kind, OpsJob.State.DONE, "done", job.total(), job.total(), job.startedAt(),
                    clock.instant(), 0L, result, null));
        } catch (RuntimeException e) {
            log.error("{} job {} failed", kind, id, e);
            OpsJob job = jobs.get(id);
            jobs.put(id, new OpsJob(id, kind, OpsJob.State.FAILED, job.step(), job.done(), job.total(), job.startedAt(),
                    clock.instant(), null, null, e.getMessage()));
        }
    }
}
