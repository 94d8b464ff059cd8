package se.planledger.ops.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.ops.nodes.LedgerNodes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Runs ops work (audit replays, rebuilds) one at a time in the background and keeps each job's progress in the
 * {@code ops_job} table, so that any node answers for it, also after the node that ran it restarted: a job still
 * running when its node stopped is reported as interrupted when the node starts again. One at a time on a node: two
 * rebuilds racing over the same tokens would undo each other (across nodes a group's pause keeps them apart).
 */
@Component
public class OpsJobs {

    private static final Logger log = LoggerFactory.getLogger(OpsJobs.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "ops-job"));
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final LedgerNodes nodes;
    private final Clock clock;

    public OpsJobs(JdbcTemplate jdbc, ObjectMapper json, LedgerNodes nodes, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.nodes = nodes;
        this.clock = clock;
    }

    /** What this node was running when it stopped (killed, restarted) will never end: say so. */
    @EventListener(ApplicationReadyEvent.class)
    public void reportInterrupted() {
        interrupt(nodes.id());
    }

    /**
     * The same for the jobs of nodes gone: a node started again under another id (the default id names the process)
     * never reports its old jobs, so whichever node is alive does.
     */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    public void reportInterruptedElsewhere() {
        List<String> alive = new ArrayList<>(nodes.othersAlive());
        alive.add(nodes.id());
        jdbc.queryForList("select distinct node_id from ops_job where state = ?", String.class, OpsJob.State.RUNNING.name())
                .stream().filter(node -> !alive.contains(node)).forEach(this::interrupt);
    }

    private void interrupt(String node) {
        int interrupted = jdbc.update("update ops_job set state = ?, error = ?, updated_at = ? where node_id = ? "
                        + "and state = ?", OpsJob.State.INTERRUPTED.name(),
                "node " + node + " stopped while the job ran; start it again", Timestamp.from(clock.instant()),
                node, OpsJob.State.RUNNING.name());
        if (interrupted > 0) {
            log.warn("{} ops job(s) of node {} were interrupted by its stop", interrupted, node);
        }
    }

    public OpsJob start(String kind, Function<Progress, Object> work) {
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into ops_job (job_id, kind, node_id, state, step, done, total, started_at, updated_at) "
                + "values (?, ?, ?, ?, 'queued', 0, 0, ?, ?)", id, kind, nodes.id(), OpsJob.State.RUNNING.name(), now, now);
        worker.submit(() -> run(id, kind, work));
        return get(id);
    }

    public OpsJob get(String id) {
        List<OpsJob> found = jdbc.query("select * from ops_job where job_id = ?", this::job, id);
        if (found.isEmpty()) {
            throw new UnknownItem("jobId", "no ops job " + id);
        }
        return found.get(0);
    }

    /** The latest jobs started on any node, newest first. */
    public List<OpsJob> latest(int count) {
        return jdbc.query("select * from ops_job order by started_at desc limit ?", this::job, count);
    }

    /** A progress reporter that logs, for work run in the foreground (the ops command line). */
    public static Progress logging(String kind) {
        return (step, done, total) -> log.info("{}: {} {}/{}", kind, step, done, total);
    }

    private void run(String id, String kind, Function<Progress, Object> work) {
        Instant startedAt = get(id).startedAt();
        Progress progress = (step, done, total) -> {
            Instant now = clock.instant();
            jdbc.update("update ops_job set step = ?, done = ?, total = ?, seconds_left = ?, updated_at = ? "
                    + "where job_id = ?", step, done, total, OpsJob.secondsLeft(done, total, startedAt, now),
                    Timestamp.from(now), id);
            logging(kind).report(step, done, total);
        };
        try {
            String result = json.writeValueAsString(work.apply(progress));
            jdbc.update("update ops_job set state = ?, step = 'done', done = total, seconds_left = 0, result = ?, "
                    + "updated_at = ? where job_id = ?", OpsJob.State.DONE.name(), result, Timestamp.from(clock.instant()), id);
        } catch (RuntimeException | JsonProcessingException e) {
            log.error("{} job {} failed", kind, id, e);
            jdbc.update("update ops_job set state = ?, seconds_left = null, error = ?, updated_at = ? where job_id = ?",
                    OpsJob.State.FAILED.name(), e.getMessage(), Timestamp.from(clock.instant()), id);
        }
    }

    private OpsJob job(ResultSet row, int i) throws SQLException {
        String result = row.getString("result");
        Long secondsLeft = row.getObject("seconds_left") == null ? null : row.getLong("seconds_left");
        try {
            return new OpsJob(row.getString("job_id"), row.getString("kind"), row.getString("node_id"),
                    OpsJob.State.valueOf(row.getString("state")), row.getString("step"), row.getLong("done"),
                    row.getLong("total"), row.getTimestamp("started_at").toInstant(),
                    row.getTimestamp("updated_at").toInstant(), secondsLeft,
                    result == null ? null : json.readTree(result), row.getString("error"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the result of ops job " + row.getString("job_id") + " cannot be read", e);
        }
    }
}
