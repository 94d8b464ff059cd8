package se.planledger.ops.app;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Locks a user name for a while after repeated failed sign-ins, so passwords cannot be guessed at the speed of
 * the network: after {@value #ALLOWED} failures within {@link #WINDOW}, every sign-in as that user is refused
 * until {@link #LOCK} has passed, right password or not. A success clears the count.
 */
final class FailedSignIns implements AuthenticationProvider {

    static final int ALLOWED = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final Duration LOCK = Duration.ofMinutes(1);
    /** Past this many user names with failures, the ones whose window and lock are over are forgotten. */
    static final int MAX_USERS = 10_000;

    private record Failures(int count, Instant since, Instant lockedUntil) {
    }

    private final AuthenticationProvider signIns;
    private final Clock clock;
    private final Map<String, Failures> byUser = new HashMap<>();

    FailedSignIns(AuthenticationProvider signIns, Clock clock) {
        this.signIns = signIns;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String user = request.getName();
        Instant now = clock.instant();
        synchronized (byUser) {
            Failures failures = byUser.get(user);
            if (failures != null && failures.lockedUntil() != null && now.isBefore(failures.lockedUntil())) {
                throw new LockedException("too many failed sign-ins as " + user + "; try again after "
                        + failures.lockedUntil());
            }
        }
        try {
            Authentication result = signIns.authenticate(request);
            synchronized (byUser) {
                byUser.remove(user);
            }
            return result;
        } catch (AuthenticationException failed) {
            synchronized (byUser) {
                byUser.compute(user, (name, before) -> next(before, now));
                if (byUser.size() > MAX_USERS) {
                    byUser.values().removeIf(f -> now.isAfter(f.since().plus(WINDOW))
                            && (f.lockedUntil() == null || now.isAfter(f.lockedUntil())));
                }
            }
            throw failed;
        }
    }

    private static Failures next(Failures before, Instant now) {
        Failures counted = before == null || now.isAfter(before.since().plus(WINDOW))
                ? new Failures(1, now, null) : new Failures(before.count() + 1, before.since(), null);
        return counted.count() >= ALLOWED ? new Failures(0, now, now.plus(LOCK)) : counted;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return signIns.supports(authentication);
    }
}
