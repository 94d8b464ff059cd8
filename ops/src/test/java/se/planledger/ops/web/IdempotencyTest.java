package se.planledger.ops.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency-Keys replay only successes, per user, and resolve a key left behind by a crash. */
class IdempotencyTest extends PostgresIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    String planId = "idem-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRepeatGetsTheFirstAnswerAndAddsNoEvent() {
        String key = UUID.randomUUID().toString();
        ResponseEntity<JsonNode> first = send(writer(), HttpMethod.POST, "/api/v1/plans", newPlan(planId), key, null);
        long events = events();
        ResponseEntity<JsonNode> repeat = send(writer(), HttpMethod.POST, "/api/v1/plans", newPlan(planId), key, null);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeat.getHeaders().getFirst(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(repeat.getBody()).isEqualTo(first.getBody());
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void anotherUsersKeyNeverReplaysTheirAnswer() {
        String key = "shared-" + UUID.randomUUID();
        send(writer(), HttpMethod.POST, "/api/v1/plans", newPlan(planId), key, null);
        ResponseEntity<JsonNode> other = send(as("admin"), HttpMethod.POST,
                "/api/v1/plans", newPlan(planId + "-c"), key, null);

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(other.getHeaders().containsKey(IdempotencyFilter.REPLAYED)).isFalse();
        assertThat(other.getBody().path("planId").asText()).isEqualTo(planId + "-c");
    }

    @Test
    void aConflictIsNotReplayedSoTheRetryAfterReadingAgainGoesThrough() {
        send(writer(), HttpMethod.POST, "/api/v1/plans", newPlan(planId), null, null);
        send(writer(), HttpMethod.POST, "/api/v1/plans/" + planId + "/items",
                Map.of("itemId", "G1", "content", goal("Nöjda invånare")), null, null);
        String key = UUID.randomUUID().toString();
        Map<String, Object> revised = goal("Nöjda och friska invånare");

        ResponseEntity<JsonNode> stale = send(writer(), HttpMethod.PUT, "/api/v1/plans/" + planId + "/items/G1",
                revised, key, "\"7\"");
        ResponseEntity<JsonNode> retried = send(writer(), HttpMethod.PUT, "/api/v1/plans/" + planId + "/items/G1",
                revised, key, "\"7\"");

        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(retried.getHeaders().containsKey(IdempotencyFilter.REPLAYED)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from idempotent_request where idempotency_key = ?",
                Integer.class, key)).isZero();
    }

    @Test
    void aRuleRefusalIsNotReplayedSoTheRetryAfterTheStateChangedGoesThrough() {
        send(writer(), HttpMethod.POST, "/api/v1/plans", newPlan(planId), null, null);
        String key = UUID.randomUUID().toString();

        ResponseEntity<JsonNode> notAdopted = send(writer(), HttpMethod.POST, "/api/v1/plans/" + planId + "/drafts",
                Map.of(), key, null);
        send(writer(), HttpMethod.POST, "/api/v1/plans/" + planId + "/adoption", Map.of("body", "RS",
                "reference", "Dnr 1043-2022", "decisionDate", "2022-06-15", "effectiveDate", "2023-01-01"), null, null);
        long events = events(planId);
        ResponseEntity<JsonNode> retried = send(writer(), HttpMethod.POST, "/api/v1/plans/" + planId + "/drafts",
                Map.of(), key, null);

        assertThat(notAdopted.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(retried.getStatusCode()).as("%s", retried.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getHeaders().containsKey(IdempotencyFilter.REPLAYED)).isFalse();
        assertThat(events(planId)).as("the draft recorded by the retry").isEqualTo(events + 1);
    }

    @Test
    void anUnknownPlanIsNotReplayedSoTheRetryAfterItIsDraftedGoesThrough() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> item = Map.of("itemId", "G1", "content", goal("Nöjda invånare"));

        ResponseEntity<JsonNode> unknown = send(writer(), HttpMethod.POST, "/api/v1/plans/" + planId + "/items",
                item, key, null);
        send(writer(), HttpMethod.POST, "/api/v1/plans", newPlan(planId), null, null);
        ResponseEntity<JsonNode> retried = send(writer(), HttpMethod.POST, "/api/v1/plans/" + planId + "/items",
                item, key, null);
        ResponseEntity<JsonNode> repeated = send(writer(), HttpMethod.POST, "/api/v1/plans/" + planId + "/items",
                item, key, null);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(retried.getStatusCode()).as("%s", retried.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(retried.getHeaders().containsKey(IdempotencyFilter.REPLAYED)).isFalse();
        assertThat(repeated.getHeaders().getFirst(IdempotencyFilter.REPLAYED)).as("the success is kept").isEqualTo("true");
        assertThat(events(planId)).as("drafted and the item added once").isEqualTo(2);
    }

    @Test
    void aKeyLeftInProgressByACrashIsAnsweredAsRecordedWhenItsCommandTookEffect() {
        String key = UUID.randomUUID().toString();
        send(writer(), HttpMethod.POST, "/api/v1/plans", newPlan(planId), key, null);
        // As if the node died after the command committed but before its answer was kept.
        jdbc.update("update idempotent_request set status = 0, body = null, claimed_at = ? where idempotency_key = ?",
                Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)), key);
        long events = events();

        ResponseEntity<JsonNode> retry = send(writer(), HttpMethod.POST, "/api/v1/plans", newPlan(planId), key, null);

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getHeaders().getFirst(IdempotencyFilter.REPLAYED)).isEqualTo("true");
        assertThat(retry.getBody().path("recorded").asBoolean()).isTrue();
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aKeyLeftInProgressByACrashRunsAnewWhenItsCommandNeverTookEffect() {
        String key = UUID.randomUUID().toString();
        // As if the node died before the command committed: a claim, no receipt, no event.
        jdbc.update("insert into idempotent_request (principal, idempotency_key, request_hash, status, claimed_at) "
                + "values ('planner', ?, ?, 0, ?)", key, hashOfNewPlan(), Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)));

        ResponseEntity<JsonNode> retry = send(writer(), HttpMethod.POST, "/api/v1/plans", newPlanJson(), key, null);

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getHeaders().containsKey(IdempotencyFilter.REPLAYED)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Integer.class, planId)).isEqualTo(1);
    }

    @Test
    void aKeyStillWithinItsLeaseIsInProgress() {
        String key = UUID.randomUUID().toString();
        jdbc.update("insert into idempotent_request (principal, idempotency_key, request_hash, status, claimed_at) "
                + "values ('planner', ?, ?, 0, ?)", key, hashOfNewPlan(), Timestamp.from(Instant.now()));

        ResponseEntity<JsonNode> retry = send(writer(), HttpMethod.POST, "/api/v1/plans", newPlanJson(), key, null);

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(retry.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(retry.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(retry.getBody().path("title").asText()).isEqualTo("Request in progress");
        assertThat(retry.getBody().path("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(events(planId)).isZero();
    }

    @Test
    void aDuplicatePlanIdIsAConflictNamingTheField() {
        send(writer(), HttpMethod.POST, "/api/v1/plans", newPlan(planId), null, null);
        ResponseEntity<JsonNode> again = send(writer(), HttpMethod.POST, "/api/v1/plans", newPlan(planId), null, null);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(again.getBody().path("field").asText()).isEqualTo("planId");
        assertThat(events(planId)).isEqualTo(1);
    }

    @Test
    void theErrorPathAskedDirectlyIsAnUnknownPathProblem() {
        ResponseEntity<JsonNode> error = http.getForEntity("/error", JsonNode.class);
        assertThat(error.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(error.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** The hash the filter keeps for {@link #newPlanJson} posted to /api/v1/plans: method, path, query, body. */
    private String hashOfNewPlan() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("POST /api/v1/plans?null\n".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(newPlanJson().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String newPlanJson() {
        return "{\"planId\":\"" + planId + "\",\"title\":\"Regionstyrelsens plan\",\"board\":\"RS\","
                + "\"firstYear\":2023,\"lastYear\":2025}";
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private long events(String aggregate) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class,
                aggregate);
    }

    private static Map<String, Object> newPlan(String planId) {
        return Map.of("planId", planId, "title", "Regionstyrelsens plan", "board", "RS", "firstYear", 2023, "lastYear", 2025);
    }

    private static Map<String, Object> goal(String name) {
        return Map.of("kind", "STRATEGIC_GOAL", "perspective", "CITIZEN", "name", name);
    }

    private static ResponseEntity<JsonNode> send(TestRestTemplate client, HttpMethod method, String path, Object body,
                                                 String key, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            headers.set("Idempotency-Key", key);
        }
        if (ifMatch != null) {
            headers.set(HttpHeaders.IF_MATCH, ifMatch);
        }
        return client.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
