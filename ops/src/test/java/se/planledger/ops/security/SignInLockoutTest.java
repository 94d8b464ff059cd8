package se.planledger.ops.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.planledger.ops.app.LedgerApplication;
import se.planledger.ops.support.MovingClock;
import se.planledger.ops.support.RequiresPostgres;
import se.planledger.ops.support.TestPostgres;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.security.RolesTest.assertProblem;

/**
 * Guessing a password over HTTP: after five wrong ones the user is locked for a minute, so the sixth try, and then
 * the right password too, gets a 401 problem saying so; once the minute has passed, the right password signs in.
 * The ledger's clock is moved on instead of waiting. Its own database and context, so the lock and the moved
 * clock reach no other test.
 */
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignInLockoutTest.Clocks.class)
class SignInLockoutTest {

    private static final String READ = "/api/v1/decisions";

    @Autowired
    TestRestTemplate http;
    @Autowired
    MovingClock clock;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshEmptyLedger(registry, "lockout");
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovingClock movingClock() {
            return MovingClock.running();
        }
    }

    @Test
    void fiveWrongPasswordsLockTheUserForAMinuteRightPasswordOrNot() throws Exception {
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertProblem(http.withBasicAuth("planner", "guess-" + attempt).getForEntity(READ, String.class),
                    HttpStatus.UNAUTHORIZED);
        }

        ResponseEntity<String> locked = http.withBasicAuth("planner", "planner").getForEntity(READ, String.class);
        assertProblem(locked, HttpStatus.UNAUTHORIZED);
        assertThat(new ObjectMapper().readTree(locked.getBody()).path("detail").asText())
                .contains("too many failed sign-ins as planner");
        clock.advance(Duration.ofSeconds(50));
        assertProblem(http.withBasicAuth("planner", "planner").getForEntity(READ, String.class), HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("reader", "reader").getForEntity(READ, String.class).getStatusCode())
                .as("another user is not locked").isEqualTo(HttpStatus.OK);

        clock.advance(Duration.ofSeconds(11));
        assertThat(http.withBasicAuth("planner", "planner").getForEntity(READ, String.class).getStatusCode())
                .as("the lock is over").isEqualTo(HttpStatus.OK);
    }
}
