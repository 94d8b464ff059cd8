package se.planledger.ops.crash;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/** Asks again until the answer is acceptable or the deadline has passed; never waits longer than the deadline. */
final class Poll {

    private Poll() {
    }

    /**
     * Calls {@code probe} every {@code interval} until {@code done} accepts its answer and returns that answer.
     * A probe that throws counts as "not yet". After {@code within} it fails, naming {@code what} and the last answer.
     */
    static <T> T until(String what, Duration within, Duration interval, Callable<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(within);
        T last = null;
        Exception lastError = null;
        while (true) {
            try {
                last = probe.call();
                lastError = null;
                if (done.test(last)) {
                    return last;
                }
            } catch (Exception e) {
                lastError = e;
            }
            if (!Instant.now().plus(interval).isBefore(deadline)) {
                AssertionError timeout = new AssertionError("not within " + within + ": " + what + "; last answer: "
                        + (lastError != null ? lastError : last));
                if (lastError != null) {
                    timeout.initCause(lastError);
                }
                throw timeout;
            }
            pause(interval);
        }
    }

    /** Waits until the given moment has passed (for a lease to run out), at most {@code within}. */
    static void untilPast(Instant moment, Duration within) {
        until("the clock to pass " + moment, within, Duration.ofMillis(100), Instant::now, now -> now.isAfter(moment));
    }

    static void pause(Duration interval) {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while polling", e);
        }
    }
}
