package se.planledger.ops.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves on instead of waiting: stopped at a chosen instant ({@link #at}), or running with the real
 * time ({@link #running}, for a whole application whose jobs and leases need time to pass), in both cases moved
 * forward by {@link #advance}.
 */
public final class MovingClock extends Clock {

    private final Instant stoppedAt;
    private volatile Duration ahead = Duration.ZERO;

    private MovingClock(Instant stoppedAt) {
        this.stoppedAt = stoppedAt;
    }

    public static MovingClock at(Instant instant) {
        return new MovingClock(instant);
    }

    public static MovingClock running() {
        return new MovingClock(null);
    }

    public void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    @Override
    public Instant instant() {
        return (stoppedAt == null ? Instant.now() : stoppedAt).plus(ahead);
    }

    @Override
    public ZoneOffset getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
