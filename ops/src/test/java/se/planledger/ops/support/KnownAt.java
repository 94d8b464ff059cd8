package se.planledger.ops.support;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.awaitility.Awaitility.await;

/** Moments to ask the read models about with {@code knownAt}, taken from the clock the ledger records by. */
public final class KnownAt {

    private KnownAt() {
    }

    /**
     * A moment strictly after every event recorded before the call and strictly before every event recorded after it
     * returns, at the precision the read models keep times in (microseconds): the clock is awaited past the last
     * write, and then past the moment, instead of sleeping a fixed time and hoping it moved.
     */
    public static Instant betweenRecords() {
        Instant writtenBefore = now();
        awaitClockPast(writtenBefore);
        Instant moment = now();
        awaitClockPast(moment);
        return moment;
    }

    private static void awaitClockPast(Instant moment) {
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(1))
                .until(() -> now().isAfter(moment));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
