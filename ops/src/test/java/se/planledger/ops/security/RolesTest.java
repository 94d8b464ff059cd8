package se.planledger.ops.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.app.SecurityConfig.ADMINISTRATOR;
import static se.planledger.ops.app.SecurityConfig.AUDITOR;
import static se.planledger.ops.app.SecurityConfig.FINANCE;
import static se.planledger.ops.app.SecurityConfig.INTERNAL_CONTROL;
import static se.planledger.ops.app.SecurityConfig.PLANNER;
import static se.planledger.ops.app.SecurityConfig.READER;

/**
 * Who may write where: every write endpoint, with a real target, as every demo user. The body cannot be read (or a
 * parameter is wrong), so a user who may write gets the endpoint's own 4xx refusal and nothing is written; one who
 * may not gets a 403 problem. Not signed in, a read or a write gets a 401 problem. Metrics and the ops reads are
 * for auditors and administrators.
 */
class RolesTest extends PostgresIntegrationTest {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CSV = "text/csv";

    /** The demo users of application.yml and their roles. */
    private static final Map<String, Set<String>> USERS = Map.of(
            "reader", Set.of(READER),
            "planner", Set.of(PLANNER),
            "controller", Set.of(FINANCE, INTERNAL_CONTROL),
            "auditor", Set.of(AUDITOR),
            "admin", Set.of(ADMINISTRATOR));

    private record Write(String method, String path, String contentType, String role) {
    }

    /** Every write endpoint and the role that may use it; the administrator may use them all. */
    private static final List<Write> WRITES = List.of(
            new Write("POST", "/api/v1/plans", JSON, PLANNER),
            new Write("POST", "/api/v1/plans/rs-plan-2023-2025/adoption", JSON, PLANNER),
            new Write("POST", "/api/v1/plans/no-such-plan/drafts", JSON, PLANNER), // no body: an unknown plan instead
            new Write("POST", "/api/v1/plans/rs-plan-2023-2025/revisions", JSON, PLANNER),
            new Write("POST", "/api/v1/plans/rs-plan-2023-2025/items", JSON, PLANNER),
            new Write("PUT", "/api/v1/plans/rs-plan-2023-2025/items/G1.F1.I1", JSON, PLANNER),
            new Write("POST", "/api/v1/plans/rs-plan-2023-2025/items/G1.F1.I1/retirement", JSON, PLANNER),
            new Write("POST", "/api/v1/plans/rs-plan-2023-2025/outcomes", JSON, PLANNER),
            new Write("POST", "/api/v1/plans/rs-plan-2023-2025/outcomes/import", CSV, PLANNER),
            new Write("POST", "/api/v1/plans/rs-plan-2023-2025/outcomes/corrections", JSON, PLANNER),
            new Write("POST", "/api/v1/plans/rs-plan-2023-2025/outcomes/reevaluations", JSON, PLANNER),
            new Write("POST", "/api/v1/plans/rs-plan-2023-2025/work-statuses", JSON, PLANNER),
            new Write("POST", "/api/v1/plans/rs-plan-2023-2025/goal-judgements", JSON, PLANNER),
            new Write("POST", "/api/v1/framework-tables", JSON, FINANCE),
            new Write("POST", "/api/v1/framework-tables/ekonomisk-ram-2023/import?format=csv", CSV, FINANCE),
            new Write("PUT", "/api/v1/framework-tables/ekonomisk-ram-2023", JSON, FINANCE),
            new Write("POST", "/api/v1/financial-outcomes", JSON, FINANCE),
            new Write("POST", "/api/v1/financial-outcomes/no-such-follow-up/corrections", JSON, FINANCE),
            new Write("POST", "/api/v1/risk-registers/rs-riskbedomning/scales", JSON, INTERNAL_CONTROL),
            new Write("POST", "/api/v1/risk-registers/rs-riskbedomning/risks", JSON, INTERNAL_CONTROL),
            new Write("POST", "/api/v1/risk-registers/rs-riskbedomning/risks/R3/reassessments", JSON, INTERNAL_CONTROL),
            new Write("POST", "/api/v1/risk-registers/rs-riskbedomning/risks/R3/closing", JSON, INTERNAL_CONTROL),
            new Write("POST", "/api/v1/control-plans", JSON, INTERNAL_CONTROL),
            new Write("POST", "/api/v1/control-plans/ik-region-2018/controls", JSON, INTERNAL_CONTROL),
            new Write("POST", "/api/v1/control-plans/ik-region-2018/actions/A1/status", JSON, INTERNAL_CONTROL),
            new Write("POST", "/api/v1/control-plans/ik-region-2018/reports", JSON, INTERNAL_CONTROL),
            new Write("POST", "/api/v1/ops/audits?knownAt=not-a-time", JSON, AUDITOR),
            new Write("POST", "/api/v1/ops/rebuilds?group=no-such-group", JSON, ADMINISTRATOR));

    /** What the ledger itself is doing (ops jobs and their results, processors, the seal chain) and its metrics. */
    private static final List<String> AUDITOR_READS = List.of("/actuator/metrics", "/actuator/metrics/jvm.memory.used",
            "/actuator/info", "/api/v1/ops/jobs/no-such-job", "/api/v1/ops/processors", "/api/v1/ops/verification");

    private static final ObjectMapper READ = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> everyWriteAsEveryUser() {
        return WRITES.stream().flatMap(write -> USERS.keySet().stream().sorted().map(user -> Arguments.of(
                write.method() + " " + write.path(), user, write)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyWriteAsEveryUser")
    void aUserWritesOnlyWhereItsRolesMay(String endpoint, String user, Write write) throws Exception {
        Set<String> roles = USERS.get(user);
        boolean may = roles.contains(write.role()) || roles.contains(ADMINISTRATOR);
        long events = events();

        ResponseEntity<String> answer = send(user, write);

        if (may) {
            assertThat(answer.getStatusCode().value()).as("%s as %s: %s", endpoint, user, answer.getBody())
                    .isNotIn(401, 403).isBetween(400, 499);
        } else {
            assertProblem(answer, HttpStatus.FORBIDDEN);
        }
        assertThat(events()).as("no event written").isEqualTo(events);
    }

    static Stream<Arguments> everyAuditorReadAsEveryUser() {
        return AUDITOR_READS.stream().flatMap(path -> USERS.keySet().stream().sorted().map(user -> Arguments.of(path, user)));
    }

    @ParameterizedTest(name = "GET {0} as {1}")
    @MethodSource("everyAuditorReadAsEveryUser")
    void theLedgersOwnStateAndMetricsAreReadByAuditorsAndAdministratorsOnly(String path, String user) throws Exception {
        Set<String> roles = USERS.get(user);

        ResponseEntity<String> answer = as(user).getForEntity(path, String.class);

        if (roles.contains(AUDITOR) || roles.contains(ADMINISTRATOR)) {
            assertThat(answer.getStatusCode().value()).as("%s as %s: %s", path, user, answer.getBody())
                    .isNotIn(401, 403).isLessThan(500);
        } else {
            assertProblem(answer, HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void notSignedInTheLedgersOwnStateAndMetricsAreRefused() throws Exception {
        for (String path : AUDITOR_READS) {
            assertProblem(as(null).getForEntity(path, String.class), HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void notSignedInAReadOrAWriteIsRefusedWithAProblemAskingForBasic() throws Exception {
        ResponseEntity<String> read = as(null).getForEntity("/api/v1/plans/rs-plan-2023-2025", String.class);
        ResponseEntity<String> write = send(null, WRITES.get(0));
        ResponseEntity<String> wrongPassword = as(null).withBasicAuth("reader", "not-the-password")
                .getForEntity("/api/v1/plans/rs-plan-2023-2025", String.class);

        for (ResponseEntity<String> answer : List.of(read, write, wrongPassword)) {
            assertProblem(answer, HttpStatus.UNAUTHORIZED);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        }
    }

    @Test
    void readsNeedAReaderAndEveryWriteRoleReads() {
        for (String user : USERS.keySet()) {
            assertThat(as(user).getForEntity("/api/v1/plans/rs-plan-2023-2025?asOf=2023-03-01", String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void healthStatusAndTheApiDocumentationAreOpen() throws Exception {
        ResponseEntity<String> health = as(null).getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(READ.readTree(health.getBody()).has("components")).as("no details for anonymous callers").isFalse();

        assertThat(as(null).getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> swagger = as(null).getForEntity("/swagger-ui/index.html", String.class);
        assertThat(swagger.getStatusCode()).isEqualTo(HttpStatus.OK);
        // The policy allows no inline script: Swagger UI loads every script from its own files.
        assertThat(swagger.getBody().split("<script").length - 1).isPositive()
                .isEqualTo(swagger.getBody().split("<script src=\"\\./").length - 1);
    }

    @Test
    void answersCarryTheSecurityHeaders() {
        for (String path : List.of("/api/v1/plans/rs-plan-2023-2025", "/swagger-ui/index.html")) {
            HttpHeaders headers = http.getForEntity(path, String.class).getHeaders();
            assertThat(headers.getFirst("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'", "frame-ancestors 'none'");
            assertThat(headers.getFirst("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }

    private ResponseEntity<String> send(String user, Write write) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(write.contentType()));
        String unreadable = write.contentType().equals(JSON) ? "[]" : "";
        return as(user).exchange(write.path(), HttpMethod.valueOf(write.method()), new HttpEntity<>(unreadable, headers),
                String.class);
    }

    /** A problem document of that status, saying what (title) and why (detail). */
    static void assertProblem(ResponseEntity<String> answer, HttpStatus status) throws Exception {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = READ.readTree(answer.getBody());
        assertThat(problem.path("status").asInt()).isEqualTo(status.value());
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }
}
