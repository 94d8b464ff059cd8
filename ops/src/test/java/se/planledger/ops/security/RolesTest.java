package se.planledger.ops.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import se.planledger.ops.support.FormSession;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
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
 * Who may do what, every endpoint as every demo user. Writes: with a real target and a body that cannot be read (or a
 * wrong parameter), a user who may write gets the endpoint's own 4xx refusal and nothing is written; one who may not
 * gets a 403 problem. Reads: every read, with a real demo id, answers every role (2xx, or a 4xx of its own). Metrics
 * and the ops reads are for auditors and administrators. Not signed in, a read or a write gets a 401 problem (a page
 * leads to the sign-in form). The lists are checked against every mapping the application has, so a new endpoint
 * without a line here fails the build.
 */
class RolesTest extends PostgresIntegrationTest {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CSV = "text/csv";

    /** The demo users of application.yml and their roles; only admin holds several, as a demo user may. */
    private static final Map<String, Set<String>> USERS = Map.of(
            "reader", Set.of(READER),
            "planner", Set.of(PLANNER),
            "controller", Set.of(FINANCE, INTERNAL_CONTROL),
            "auditor", Set.of(AUDITOR),
            "operator", Set.of(ADMINISTRATOR),
            "admin", Set.of(ADMINISTRATOR, PLANNER, FINANCE, INTERNAL_CONTROL, AUDITOR));

    private record Write(String method, String path, String contentType, String role) {
    }

    /** Every write endpoint and the one role that may use it (the administrator's are the rebuilds alone). */
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

    /**
     * What the ledger itself is doing (ops jobs and their results, processors, the seal chain, the event stream) and
     * its metrics, for auditors and administrators.
     */
    private static final List<String> AUDITOR_READS = List.of("/actuator/metrics", "/actuator/metrics/jvm.memory.used",
            "/actuator/info", "/api/v1/ops/jobs/no-such-job", "/api/v1/ops/processors", "/api/v1/ops/verification",
            "/api/v1/ops/events/export");

    /** The audit page, a job's page and the chain's verification, as the ops reads. */
    private static final List<String> AUDITOR_PAGES = List.of("/audit", "/audit/jobs/no-such-job", "/audit/verification");

    private static final String PLAN = "/api/v1/plans/rs-plan-2023-2025";

    /** Every read of the API, exports included, with the demo's ids: for every role. */
    private static final List<String> READS = List.of(
            "/api/v1/plans", PLAN + "?asOf=2023-03-01", PLAN + "/items/G1.F1.I1", PLAN + "/items/G1.F1.I1/history",
            PLAN + "/diff?fromVersion=1&toVersion=1", PLAN + "/decisions", PLAN + "/export?asOf=2023-03-01", PLAN + "/interim-report", PLAN + "/units",
            PLAN + "/outcomes/history", PLAN + "/outcomes/export", PLAN + "/interim-report/export",
            "/api/v1/risks", "/api/v1/risks/heatmap", "/api/v1/risks/heatmap/export", "/api/v1/risks/export",
            "/api/v1/risk-registers/rs-riskbedomning/risks/R3", "/api/v1/risk-registers/rs-riskbedomning/risks/R3/history",
            "/api/v1/risks/R3/chain", "/api/v1/risks/R3/chain/export",
            "/api/v1/framework-tables", "/api/v1/framework-tables/ekonomisk-ram-2023",
            "/api/v1/framework-tables/ekonomisk-ram-2023/history", "/api/v1/framework-tables/ekonomisk-ram-2023/export",
            "/api/v1/framework-tables/diff?fromAsOf=2023-03-01&toAsOf=2023-05-01",
            "/api/v1/frameworks", "/api/v1/frameworks/recipients?asOf=2023-03-01",
            "/api/v1/financial-outcomes", "/api/v1/financial-outcomes/export?year=2023",
            "/api/v1/financial-outcomes/no-such-follow-up/history",
            "/api/v1/reconciliation", "/api/v1/reconciliation/export", "/api/v1/decisions", "/api/v1/decisions/export",
            "/api/v1/control-plans", "/api/v1/control-plans/ik-region-2018/status",
            "/api/v1/control-plans/ik-region-2018/status/export", "/api/v1/control-plans/ik-region-2018/actions/A1",
            "/api/v1/control-plans/ik-region-2018/reports");

    /** Every page, with the demo's ids: for every role; not signed in, the way to the sign-in form. */
    private static final List<String> PAGES = List.of("/", "/plans/rs-plan-2023-2025",
            "/plans/rs-plan-2023-2025/items/G1.F1.I1", "/plans/rs-plan-2023-2025/diff?fromVersion=1&toVersion=1",
            "/plans/rs-plan-2023-2025/interim-report", "/plans/rs-plan-2023-2025/outcome-form",
            "/plans/rs-plan-2023-2025/indicators/G1.F1.I1/trend",
            "/framework-tables/ekonomisk-ram-2023", "/framework-tables/ekonomisk-ram-2023/build-up?row=2023",
            "/framework-tables/ekonomisk-ram-2023/history", "/framework-tables/diff?fromAsOf=2023-03-01&toAsOf=2023-05-01",
            "/framework-table-imports", "/reconciliation", "/decisions", "/risks/matrix?board=RS",
            "/risk-registers/rs-riskbedomning", "/risk-registers/rs-riskbedomning/risks/R3", "/risks/R3/chain",
            "/control-plans/ik-region-2018", "/control-plans/ik-region-2018/reports",
            "/control-plans/ik-region-2018/reports/no-such-report");

    /** Open to anyone: the sign-in form, the problem types explained, the error path, the API's documentation. */
    private static final List<String> OPEN = List.of("/login", "/problems/invalid-input", "/error", "/v3/api-docs",
            "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/swagger-ui.html");

    private record PageWrite(String path, Map<String, String> fields, boolean file, String role) {
    }

    /** The pages' forms, each with what it refuses (nothing is written or started), and the role that may send it. */
    private static final List<PageWrite> PAGE_WRITES = List.of(
            new PageWrite("/plans/rs-plan-2023-2025/outcome-form", Map.of("indicatorId", "", "unit", ""), false, PLANNER),
            new PageWrite("/framework-table-imports", Map.of("tableId", ""), true, FINANCE),
            new PageWrite("/audit/audits", Map.of("upTo", "igår", "planId", ""), false, AUDITOR),
            new PageWrite("/audit/rebuilds", Map.of("group", "no-such-group"), false, ADMINISTRATOR));

    private static final ObjectMapper READ = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    static Stream<Arguments> everyWriteAsEveryUser() {
        return WRITES.stream().flatMap(write -> USERS.keySet().stream().sorted().map(user -> Arguments.of(
                write.method() + " " + write.path(), user, write)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyWriteAsEveryUser")
    void aUserWritesOnlyWhereItsRolesMay(String endpoint, String user, Write write) throws Exception {
        Set<String> roles = USERS.get(user);
        boolean may = roles.contains(write.role());
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

    static Stream<Arguments> everyAuditorPageAsEveryUser() {
        return AUDITOR_PAGES.stream().flatMap(path -> USERS.keySet().stream().sorted().map(user -> Arguments.of(path, user)));
    }

    @ParameterizedTest(name = "GET {0} as {1}")
    @MethodSource("everyAuditorPageAsEveryUser")
    void theAuditPagesAreReadByAuditorsAndAdministratorsOnly(String path, String user) {
        Set<String> roles = USERS.get(user);

        int status = session(user).get(path).statusCode();

        if (roles.contains(AUDITOR) || roles.contains(ADMINISTRATOR)) {
            assertThat(status).as("%s as %s", path, user).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(status).as("%s as %s", path, user).isEqualTo(403);
        }
    }

    static Stream<Arguments> everyReadAsEveryUser() {
        return READS.stream().flatMap(path -> USERS.keySet().stream().sorted().map(user -> Arguments.of(path, user)));
    }

    @ParameterizedTest(name = "GET {0} as {1}")
    @MethodSource("everyReadAsEveryUser")
    void everyRoleReadsEveryRegisterAndExport(String path, String user) {
        ResponseEntity<String> answer = as(user).getForEntity(path, String.class);

        assertThat(answer.getStatusCode().value()).as("%s as %s: %s", path, user, answer.getBody())
                .isNotIn(401, 403).isLessThan(500);
    }

    @Test
    void notSignedInEveryReadIsRefused() throws Exception {
        for (String path : READS) {
            assertProblem(as(null).getForEntity(path, String.class), HttpStatus.UNAUTHORIZED);
        }
    }

    static Stream<Arguments> everyPageAsEveryUser() {
        return PAGES.stream().flatMap(path -> USERS.keySet().stream().sorted().map(user -> Arguments.of(path, user)));
    }

    @ParameterizedTest(name = "GET {0} as {1}")
    @MethodSource("everyPageAsEveryUser")
    void everyRoleReadsEveryPage(String path, String user) {
        HttpResponse<String> page = session(user).get(path);

        assertThat(page.statusCode()).as("%s as %s: %s", path, user, page.body()).isNotIn(401, 403).isLessThan(500);
    }

    @Test
    void notSignedInEveryPageLeadsToTheSignInForm() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : PAGES) {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(http.getRootUri() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(URI.create(location)).hasPath("/login"));
        }
    }

    @Test
    void theOpenAddressesAnswerWithoutSigningIn() {
        for (String path : OPEN) {
            assertThat(as(null).getForEntity(path, String.class).getStatusCode().value()).as(path)
                    .isNotIn(302, 401, 403).isLessThan(500);
        }
    }

    static Stream<Arguments> everyPageWriteAsEveryUser() {
        return PAGE_WRITES.stream().flatMap(write -> USERS.keySet().stream().sorted().map(user -> Arguments.of(
                "POST " + write.path(), user, write)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyPageWriteAsEveryUser")
    void aUserSendsOnlyTheFormsItsRolesMay(String endpoint, String user, PageWrite write) {
        FormSession session = session(user);
        session.get("/"); // a page with a form, for the CSRF token
        long events = events();
        long jobs = jobs();

        HttpResponse<String> answer = write.file()
                ? session.postFile(write.path(), write.fields(), "ram.csv", new byte[0])
                : session.post(write.path(), write.fields());

        if (USERS.get(user).contains(write.role())) {
            assertThat(answer.statusCode()).as("%s as %s: %s", endpoint, user, answer.body())
                    .isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(answer.statusCode()).as("%s as %s", endpoint, user).isEqualTo(403);
        }
        assertThat(events()).as("no event written").isEqualTo(events);
        assertThat(jobs()).as("no job started").isEqualTo(jobs);
    }

    /** Every address the application maps is in one of the lists above, so every endpoint is tried as every user. */
    @Test
    void everyMappingIsTriedAsEveryUser() {
        List<String> tried = new ArrayList<>();
        WRITES.forEach(write -> tried.add(write.method() + " " + write.path()));
        PAGE_WRITES.forEach(write -> tried.add("POST " + write.path()));
        Stream.of(AUDITOR_READS, AUDITOR_PAGES, READS, PAGES, OPEN).flatMap(List::stream)
                .forEach(path -> tried.add("GET " + path));

        List<String> untried = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(mapping -> {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                for (PathPattern pattern : mapping.getPathPatternsCondition().getPatterns()) {
                    if (tried.stream().noneMatch(t -> t.startsWith(method.name() + " ")
                            && pattern.matches(PathContainer.parsePath(t.substring(t.indexOf(' ') + 1).split("\\?")[0])))) {
                        untried.add(method + " " + pattern.getPatternString());
                    }
                }
            }
        });

        assertThat(untried).as("mappings in none of RolesTest's lists").isEmpty();
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
    void overTlsBehindTheProxyAnswersCarryHstsAndOverPlainHttpNone() {
        HttpHeaders forwarded = new HttpHeaders();
        forwarded.set("X-Forwarded-Proto", "https");
        for (String path : List.of(PLAN, "/", "/login")) {
            ResponseEntity<String> overTls = http.exchange(path, HttpMethod.GET, new HttpEntity<>(forwarded), String.class);
            ResponseEntity<String> plain = http.getForEntity(path, String.class);

            assertThat(overTls.getHeaders().getFirst("Strict-Transport-Security")).as(path)
                    .isEqualTo("max-age=31536000 ; includeSubDomains");
            assertThat(plain.getHeaders().containsKey("Strict-Transport-Security")).as(path).isFalse();
        }
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

    private long jobs() {
        return jdbc.queryForObject("select count(*) from ops_job", Long.class);
    }
}
