package se.planledger.ops.app;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import se.planledger.ops.support.MovingClock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecentSignInsTest {

    private final AtomicInteger checks = new AtomicInteger();

    /** Accepts a password equal to the user's name, counting every (slow) check. */
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
            checks.incrementAndGet();
            if (!request.getName().equals(request.getCredentials())) {
                throw new BadCredentialsException("wrong password");
            }
            return UsernamePasswordAuthenticationToken.authenticated(request.getName(), null, java.util.List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };

    private final MovingClock clock = MovingClock.at(Instant.parse("2026-01-01T08:00:00Z"));
    private final RecentSignIns signIns = new RecentSignIns(passwords, clock);

    @Test
    void aSignInIsCheckedOnceWithinFiveMinutes() {
        Authentication first = signIns.authenticate(basic("reader", "reader"));
        clock.advance(RecentSignIns.KEPT.minusSeconds(1));
        Authentication again = signIns.authenticate(basic("reader", "reader"));

        assertThat(again).isSameAs(first);
        assertThat(checks).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        signIns.authenticate(basic("reader", "reader"));
        assertThat(checks).hasValue(2);
    }

    @Test
    void anotherPasswordOrAFailureIsNeverTakenFromMemory() {
        signIns.authenticate(basic("reader", "reader"));

        assertThatThrownBy(() -> signIns.authenticate(basic("reader", "guess"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIns.authenticate(basic("reader", "guess"))).isInstanceOf(BadCredentialsException.class);
        assertThat(checks).hasValue(3);
    }

    private static Authentication basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
