package se.planledger.ops.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * A snapshot of a long-running ops job: which node runs it, where it is, how far, and how long it probably still
 * needs. INTERRUPTED: its node stopped while it ran.
 */
public record OpsJob(String id, String kind, String node, State state, String step, long done, long total,
                     Instant startedAt, Instant updatedAt, Long secondsLeft, Object result, String error) {

    public enum State { RUNNING, DONE, FAILED, INTERRUPTED }

    /** Estimates the time left from the pace so far, assuming it holds. */
    static Long secondsLeft(long done, long total, Instant startedAt, Instant now) {
        if (done <= 0 || total <= done) {
            return done >= total && total > 0 ? 0L : null;
        }
        double perUnit = (double) Duration.between(startedAt, now).toMillis() / done;
        return Math.round(perUnit * (total - done) / 1000);
    }
}
