package se.planledger.ops.app;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import se.planledger.ops.support.MovingClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Repeated failed sign-ins lock the user name for a while; a success clears the count. */
class FailedSignInsTest {

    /** Accepts a password equal to the user's name. */
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
            if (!request.getName().equals(request.getCredentials())) {
                throw new BadCredentialsException("wrong password");
            }
            return UsernamePasswordAuthenticationToken.authenticated(request.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };

    private final MovingClock clock = MovingClock.at(Instant.parse("2026-01-01T08:00:00Z"));
    private final FailedSignIns signIns = new FailedSignIns(passwords, clock);

    @Test
    void fiveFailuresLockTheUserForAMinuteEvenWithTheRightPassword() {
        for (int i = 0; i < FailedSignIns.ALLOWED; i++) {
            assertThatThrownBy(() -> signIns.authenticate(basic("planner", "guess"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIns.authenticate(basic("planner", "planner"))).isInstanceOf(LockedException.class);
        assertThat(signIns.authenticate(basic("reader", "reader")).isAuthenticated()).as("other users").isTrue();

        clock.advance(FailedSignIns.LOCK.plusSeconds(1));
        assertThat(signIns.authenticate(basic("planner", "planner")).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 0; i < FailedSignIns.ALLOWED - 1; i++) {
            assertThatThrownBy(() -> signIns.authenticate(basic("planner", "guess"))).isInstanceOf(BadCredentialsException.class);
        }
        signIns.authenticate(basic("planner", "planner"));
        assertThatThrownBy(() -> signIns.authenticate(basic("planner", "guess"))).isInstanceOf(BadCredentialsException.class);
        assertThat(signIns.authenticate(basic("planner", "planner")).isAuthenticated()).isTrue();
    }

    @Test
    void failuresFurtherApartThanTheWindowDoNotAddUp() {
        for (int i = 0; i < FailedSignIns.ALLOWED; i++) {
            assertThatThrownBy(() -> signIns.authenticate(basic("planner", "guess"))).isInstanceOf(BadCredentialsException.class);
            clock.advance(FailedSignIns.WINDOW.dividedBy(2).plus(Duration.ofSeconds(1)));
        }
        assertThat(signIns.authenticate(basic("planner", "planner")).isAuthenticated()).isTrue();
    }

    private static Authentication basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
