package se.planledger.ops.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.planledger.ops.app.LedgerApplication;
import se.planledger.ops.support.RequiresPostgres;
import se.planledger.ops.support.TestPostgres;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.planledger.ops.security.RolesTest.assertProblem;

/**
 * Under the production profile (postgres) the demo users do not sign in unless asked for explicitly, so admin/admin
 * opens nothing; and a ledger whose configured user keeps its password as {noop} or plain text does not start.
 * Its own database, without demo data: only who may sign in is in question here.
 */
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class ProductionSignInTest {

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshEmptyLedger(registry, "production");
    }

    @Test
    void theDemoUsersDoNotSignInUnderThePostgresProfile() throws Exception {
        for (String user : List.of("admin", "reader", "planner")) {
            assertProblem(http.withBasicAuth(user, user).getForEntity("/api/v1/decisions", String.class),
                    HttpStatus.UNAUTHORIZED);
            assertThat(http.withBasicAuth(user, user).getForEntity("/", String.class).getStatusCode())
                    .as("the pages as %s", user).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void aUserWhosePasswordIsNotAStrongHashStopsTheStartUp() {
        for (String password : List.of("{noop}admin", "admin")) {
            assertThatThrownBy(() -> new SpringApplicationBuilder(LedgerApplication.class).run(
                    "--spring.datasource.url=" + TestPostgres.freshDatabase("weak_password"),
                    "--spring.datasource.username=" + TestPostgres.USER,
                    "--spring.datasource.password=" + TestPostgres.PASSWORD,
                    "--server.port=0", "--ledger.demo-data.enabled=false",
                    "--ledger.users[0].name=admin", "--ledger.users[0].password=" + password,
                    "--ledger.users[0].roles=ADMINISTRATOR").close())
                    .as(password).rootCause()
                    .hasMessageContaining("the password of user 'admin' is not stored as a strong hash")
                    .hasMessageContaining("never {noop} or plain text");
        }
    }
}
