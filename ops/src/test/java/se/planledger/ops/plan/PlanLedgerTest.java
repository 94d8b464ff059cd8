package se.planledger.ops.plan;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.ops.support.KnownAt;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The plan's write and read API end to end on PostgreSQL: bitemporal answers, problems, versions, idempotency. */
class PlanLedgerTest extends PostgresIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    String planId = "test-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRevisionShowsFromItsEffectiveDateAndOnlyOnceRecorded() {
        draftAdoptedPlanWithIndicator("Öka");
        post("/api/v1/plans/" + planId + "/drafts", Map.of(), HttpStatus.OK);
        put("/api/v1/plans/" + planId + "/items/I1", indicator("Öka 5 %"), "\"1\"", HttpStatus.OK);
        Instant beforeRevision = KnownAt.betweenRecords();
        post("/api/v1/plans/" + planId + "/revisions", decision("Dnr 2001-2022", "2022-12-07", "2023-07-01"), HttpStatus.OK);

        awaitTarget("2023-08-01", null, "Öka 5 %");
        assertThat(target("2023-03-01", null)).isEqualTo("Öka");
        assertThat(target("2023-08-01", beforeRevision.toString())).isEqualTo("Öka");

        JsonNode history = get("/api/v1/plans/" + planId + "/items/I1/history").getBody();
        assertThat(history).hasSize(2);
        JsonNode revision = history.get(1);
        assertThat(revision.path("validFrom").asText()).isEqualTo("2023-07-01");
        assertThat(revision.path("recordedBy").asText()).isEqualTo("planner");
        assertThat(revision.path("decision").path("reference").asText()).isEqualTo("Dnr 2001-2022");
        assertThat(revision.path("changes")).extracting(c -> c.path("path").asText())
                .containsExactly("targets.2023.form.form", "targets.2023.form.percent", "targets.2023.text");
        assertThat(revision.path("changes")).anySatisfy(change -> {
            assertThat(change.path("path").asText()).isEqualTo("targets.2023.text");
            assertThat(change.path("before").asText()).isEqualTo("Öka");
            assertThat(change.path("after").asText()).isEqualTo("Öka 5 %");
        });
        JsonNode asKnownBefore = get("/api/v1/plans/" + planId + "/items/I1/history?knownAt=" + beforeRevision).getBody();
        assertThat(asKnownBefore.get(1).path("decision").isMissingNode()).as("revision not yet decided then").isTrue();

        JsonNode diff = get("/api/v1/plans/" + planId + "/diff?fromVersion=1&toVersion=2").getBody();
        assertThat(diff.path("added")).isEmpty();
        assertThat(diff.path("removed")).isEmpty();
        assertThat(diff.path("changed")).singleElement().satisfies(item -> {
            assertThat(item.path("itemId").asText()).isEqualTo("I1");
            assertThat(item.path("changes")).extracting(c -> c.path("path").asText()).contains("targets.2023.text");
        });
        JsonNode byDates = get("/api/v1/plans/" + planId + "/diff?fromAsOf=2023-03-01&toAsOf=2023-08-01&subtree=F1").getBody();
        assertThat(byDates.path("from").path("planVersion").asInt()).isEqualTo(1);
        assertThat(byDates.path("to").path("planVersion").asInt()).isEqualTo(2);
        assertThat(byDates.path("changed")).extracting(i -> i.path("itemId").asText()).containsExactly("I1");
        JsonNode decisions = get("/api/v1/plans/" + planId + "/decisions").getBody();
        assertThat(decisions.get(1).path("reference").asText()).isEqualTo("Dnr 2001-2022");
        String metaData = jdbc.queryForObject("select convert_from(metadata, 'UTF8') from domainevententry "
                + "where aggregateidentifier = ? and payloadtype like '%PlanRevised'", String.class, planId);
        assertThat(metaData).contains("\"issuedBy\":\"planner\"", "\"decisionReference\":\"Dnr 2001-2022\"",
                "\"effectiveDate\":\"2023-07-01\"", "\"commandId\"");
        JsonNode register = get("/api/v1/decisions?reference=Dnr 2001-2022").getBody();
        assertThat(register).anySatisfy(d -> {
            assertThat(d.path("subject").asText()).isEqualTo("plan " + planId + " version 2");
            assertThat(d.path("effectiveDate").asText()).isEqualTo("2023-07-01");
            assertThat(d.path("recordedBy").asText()).isEqualTo("planner");
        });
    }

    @Test
    void aStaleIfMatchGets409AndNoEvent() {
        draftAdoptedPlanWithIndicator("Öka");
        post("/api/v1/plans/" + planId + "/drafts", Map.of(), HttpStatus.OK);
        put("/api/v1/plans/" + planId + "/items/I1", indicator("Öka 5 %"), "\"1\"", HttpStatus.OK);
        long events = events();

        ResponseEntity<JsonNode> stale = exchange(HttpMethod.PUT, "/api/v1/plans/" + planId + "/items/I1",
                indicator("Öka 10 %"), "\"1\"");

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody().path("currentVersion").asLong()).isEqualTo(2);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void badInputGetsProblemDetailsAndWritesNothing() {
        draftAdoptedPlanWithIndicator("Öka");
        post("/api/v1/plans/" + planId + "/drafts", Map.of(), HttpStatus.OK);
        long events = events();

        ResponseEntity<JsonNode> perspective = exchange(HttpMethod.POST, "/api/v1/plans/" + planId + "/items",
                Map.of("itemId", "G2", "content", Map.of("kind", "STRATEGIC_GOAL", "perspective", "Rymden", "name", "Mål")), null);
        assertProblem(perspective, HttpStatus.BAD_REQUEST, "content.perspective", "unknown perspective");

        ResponseEntity<JsonNode> emptyName = exchange(HttpMethod.POST, "/api/v1/plans/" + planId + "/items",
                Map.of("itemId", "G2", "content", Map.of("kind", "STRATEGIC_GOAL", "perspective", "Samhälle", "name", " ")), null);
        assertProblem(emptyName, HttpStatus.BAD_REQUEST, "name", "must not be empty");

        ResponseEntity<JsonNode> blankReference = exchange(HttpMethod.POST, "/api/v1/plans/" + planId + "/revisions",
                decision(" ", "2022-12-07", "2023-07-01"), null);
        assertProblem(blankReference, HttpStatus.BAD_REQUEST, "decision.reference", "reference");

        ResponseEntity<JsonNode> badDate = exchange(HttpMethod.POST, "/api/v1/plans/" + planId + "/revisions",
                decision("Dnr 2001-2022", "2022-13-45", "2023-07-01"), null);
        assertProblem(badDate, HttpStatus.BAD_REQUEST, "decisionDate", "");

        ResponseEntity<JsonNode> badAsOf = http.getForEntity("/api/v1/plans/" + planId + "?asOf=1 mars", JsonNode.class);
        assertProblem(badAsOf, HttpStatus.BAD_REQUEST, "asOf", "expected a date");

        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstAnswerAndAddsNoEvent() {
        draftAdoptedPlanWithIndicator("Öka");
        post("/api/v1/plans/" + planId + "/drafts", Map.of(), HttpStatus.OK);
        HttpHeaders headers = jsonHeaders();
        headers.set("Idempotency-Key", "key-" + planId);
        Map<String, Object> goal = Map.of("itemId", "G2", "content",
                Map.of("kind", "STRATEGIC_GOAL", "perspective", "Medborgare", "name", "Trygg norrbottning"));

        ResponseEntity<JsonNode> first = writer().exchange("/api/v1/plans/" + planId + "/items", HttpMethod.POST,
                new HttpEntity<>(goal, headers), JsonNode.class);
        long events = events();
        ResponseEntity<JsonNode> again = writer().exchange("/api/v1/plans/" + planId + "/items", HttpMethod.POST,
                new HttpEntity<>(goal, headers), JsonNode.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void writesNeedAKnownUser() {
        ResponseEntity<JsonNode> anonymous = http.exchange("/api/v1/plans", HttpMethod.POST,
                new HttpEntity<>(Map.of("planId", planId, "title", "Plan", "board", "RS", "firstYear", 2023, "lastYear", 2025),
                        jsonHeaders()), JsonNode.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private void draftAdoptedPlanWithIndicator(String target2023) {
        post("/api/v1/plans", Map.of("planId", planId, "title", "Testplan 2023–2025", "board", "RS",
                "firstYear", 2023, "lastYear", 2025), HttpStatus.CREATED);
        post("/api/v1/plans/" + planId + "/items", Map.of("itemId", "G1", "content", Map.of("kind", "STRATEGIC_GOAL",
                "perspective", "Samhälle", "name", "Ett hållbart och livskraftigt län", "boards", new String[]{"RS", "RUN"})),
                HttpStatus.CREATED);
        post("/api/v1/plans/" + planId + "/items", Map.of("itemId", "F1", "parentId", "G1", "content",
                Map.of("kind", "SUCCESS_FACTOR", "name", "Attraktiva livsmiljöer finns i hela Norrbotten")), HttpStatus.CREATED);
        post("/api/v1/plans/" + planId + "/items", Map.of("itemId", "I1", "parentId", "F1", "content", indicator(target2023)),
                HttpStatus.CREATED);
        post("/api/v1/plans/" + planId + "/adoption", decision("Dnr 1043-2022", "2022-06-15", "2023-01-01"), HttpStatus.OK);
        awaitTarget("2023-03-01", null, target2023);
    }

    static Map<String, Object> indicator(String target2023) {
        return Map.of("kind", "INDICATOR", "name", "Antal vårdkontakter på filialer och servicepunkter",
                "source", "Datalager", "periods", new String[]{"DÅ04", "DÅ08", "ÅR"},
                "baseline", "2021 K: 2403 M: 2515", "targets", Map.of("2023", target2023, "2025", "Öka"),
                "genderSplit", true);
    }

    static Map<String, Object> decision(String reference, String decided, String effective) {
        return Map.of("body", "RS", "reference", reference, "decisionDate", decided, "effectiveDate", effective);
    }

    private void awaitTarget(String asOf, String knownAt, String expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(target(asOf, knownAt)).isEqualTo(expected));
    }

    private String target(String asOf, String knownAt) {
        String query = "?asOf=" + asOf + (knownAt == null ? "" : "&knownAt=" + knownAt);
        ResponseEntity<JsonNode> item = get("/api/v1/plans/" + planId + "/items/I1" + query);
        return item.getStatusCode().is2xxSuccessful()
                ? item.getBody().path("content").path("targets").path("2023").path("text").asText() : null;
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class, planId);
    }

    private ResponseEntity<JsonNode> get(String path) {
        return http.getForEntity(path, JsonNode.class);
    }

    private void post(String path, Object body, HttpStatus expected) {
        ResponseEntity<JsonNode> response = exchange(HttpMethod.POST, path, body, null);
        assertThat(response.getStatusCode()).as("POST %s: %s", path, response.getBody()).isEqualTo(expected);
    }

    private void put(String path, Object body, String ifMatch, HttpStatus expected) {
        ResponseEntity<JsonNode> response = exchange(HttpMethod.PUT, path, body, ifMatch);
        assertThat(response.getStatusCode()).as("PUT %s: %s", path, response.getBody()).isEqualTo(expected);
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body, String ifMatch) {
        HttpHeaders headers = jsonHeaders();
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        return writer().exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String field, String reason) {
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody().path("field").asText()).isEqualTo(field);
        assertThat(response.getBody().path("detail").asText()).contains(reason);
    }
}
