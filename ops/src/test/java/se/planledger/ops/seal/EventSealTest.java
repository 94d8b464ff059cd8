package se.planledger.ops.seal;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.planledger.ops.app.LedgerApplication;
import se.planledger.ops.rebuild.ProjectionRebuild;
import se.planledger.ops.support.RequiresPostgres;
import se.planledger.ops.support.TestPostgres;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event chain on PostgreSQL: every kind of tampering with a stored event is found and named, a rebuild refuses
 * to run over it (verification still names it afterwards, and the plan is still read as before), and a gap in the global index (a rolled-back append) does not break the chain. Each case writes a
 * plan of its own and puts the stored row back afterwards. Its own database, because the tests tamper with events.
 */
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventSealTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventSeals seals;
    @Autowired
    ProjectionRebuild rebuild;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshDatabase(registry, "seal");
        registry.add("ledger.demo-data.enabled", () -> "false");
        registry.add("ledger.seals.gap-timeout", () -> "2s"); // the gap test need not wait Axon's minute
    }

    @Test
    void aChangedPayloadByteIsFound() {
        long index = write("payload-changed");
        byte[] payload = jdbc.queryForObject("select payload from domainevententry where globalindex = ?", byte[].class, index);
        byte[] changed = payload.clone();
        changed[changed.length - 3] ^= 1;
        assertThat(new String(changed, StandardCharsets.UTF_8)).as("the plan's last year").endsWith("\"lastYear\":2035}");

        assertTamperingFound("payload", changed, payload, index, "payload-changed", "the seal differs");
    }

    @Test
    void aChangedMetadataFieldIsFound() {
        long index = write("metadata-changed");
        byte[] metadata = jdbc.queryForObject("select metadata from domainevententry where globalindex = ?", byte[].class, index);
        String text = new String(metadata, StandardCharsets.UTF_8);
        assertThat(text).contains("\"planner\"");
        byte[] changed = text.replace("\"planner\"", "\"someone\"").getBytes(StandardCharsets.UTF_8);

        assertTamperingFound("metadata", changed, metadata, index, "metadata-changed", "the seal differs");
    }

    @Test
    void aChangedTimestampIsFound() {
        long index = write("timestamp-changed");
        String timestamp = jdbc.queryForObject("select timestamp from domainevententry where globalindex = ?", String.class, index);
        String earlier = Instant.parse(timestamp).minus(Duration.ofDays(30)).toString();

        assertTamperingFound("timestamp", earlier, timestamp, index, "timestamp-changed", "the seal differs");
    }

    @Test
    void aDeletedEventIsFound() {
        long index = write("deleted");
        write("after-deleted");
        assertClean();
        Map<String, Object> row = jdbc.queryForMap("select * from domainevententry where globalindex = ?", index);
        JsonNode readBefore = RefusedRebuild.planAsRead(http, "deleted");
        jdbc.update("delete from domainevententry where globalindex = ?", index);
        try {
            ChainVerification.Break found = brokenAt(index);
            assertThat(found.eventIdentifier()).isEqualTo(row.get("eventidentifier"));
            assertThat(found.reason()).startsWith("a seal without its event");
            assertStillFoundAfterARebuildAttempt(found, "deleted", readBefore);
        } finally {
            reinsert(row);
        }
        assertClean();
    }

    @Test
    void eventsAfterAGapAreSealedAndAnEventInsertedIntoTheGapIsFound() {
        long gap = jdbc.queryForObject("select nextval(pg_get_serial_sequence('domainevententry', 'globalindex'))", Long.class);
        long after = write("after-gap");
        assertThat(after).isGreaterThan(gap);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ChainVerification chain = seals.verify(null);
            assertThat(chain.verified()).as(chain.verdict()).isTrue();
            assertThat(chain.eventsNotYetSealed()).isZero();
            assertThat(chain.head().globalIndex()).isGreaterThanOrEqualTo(after);
        });

        Map<String, Object> copy = jdbc.queryForMap("select * from domainevententry where globalindex = ?", after);
        copy.put("globalindex", gap);
        copy.put("eventidentifier", "forged-" + gap);
        copy.put("aggregateidentifier", "forged");
        JsonNode readBefore = RefusedRebuild.planAsRead(http, "after-gap");
        reinsert(copy);
        try {
            ChainVerification.Break found = brokenAt(gap);
            assertThat(found.eventIdentifier()).isEqualTo("forged-" + gap);
            assertThat(found.aggregateIdentifier()).isEqualTo("forged");
            assertThat(found.reason()).startsWith("an event without a seal below the head");
            assertStillFoundAfterARebuildAttempt(found, "after-gap", readBefore);
        } finally {
            jdbc.update("delete from domainevententry where globalindex = ?", gap);
        }
        assertClean();
    }

    @Test
    void theEndpointAnswersTheVerificationAndAHeadWrittenDownIsCheckedLater() {
        write("endpoint");
        ResponseEntity<JsonNode> answer = http.withBasicAuth("auditor", "auditor").getForEntity("/api/v1/ops/verification", JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().path("verified").asBoolean()).isTrue();
        String head = answer.getBody().path("head").path("globalIndex").asLong() + ":"
                + answer.getBody().path("head").path("seal").asText();

        write("endpoint-later");
        assertThat(seals.verify(head).verified()).as("the history since extends the head written down").isTrue();
        String rewritten = head.substring(0, head.indexOf(':') + 1) + "f".repeat(64);
        ChainVerification notExtending = seals.verify(rewritten);
        assertThat(notExtending.verified()).isFalse();
        assertThat(notExtending.firstBreak().reason()).startsWith("the chain does not extend the head written down");
        assertThat(http.withBasicAuth("auditor", "auditor").getForEntity("/api/v1/ops/verification?since=nonsense", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anExportEndsWithTheSealOfTheNewestEventItKnows() {
        long first = write("export-first");
        String knownAtFirst = jdbc.queryForObject("select timestamp from domainevententry where globalindex = ?",
                String.class, first);
        write("export-later");
        ChainVerification.Head head = seals.verify(null).head();

        String now = http.withBasicAuth("reader", "reader").getForObject("/api/v1/risks/export?format=csv", String.class);
        assertThat(now.strip().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("Sigill;" + head.globalIndex() + ":" + head.seal());
        String earlier = http.withBasicAuth("reader", "reader").getForObject(
                "/api/v1/risks/export?format=csv&knownAt=" + knownAtFirst, String.class);
        String sealAtFirst = jdbc.queryForObject("select seal from event_seal where global_index = ?", String.class, first);
        assertThat(earlier.strip().lines().reduce((a, b) -> b).orElseThrow())
                .as("a file as known earlier names the seal of the history it was read from")
                .isEqualTo("Sigill;" + first + ":" + sealAtFirst);
    }

    /**
     * Changes one column of a sealed event, checks verify names it, also after a rebuild was attempted, and puts the
     * column back.
     */
    private void assertTamperingFound(String column, Object changed, Object original, long index, String planId,
                                      String reason) {
        assertClean();
        JsonNode readBefore = RefusedRebuild.planAsRead(http, planId);
        jdbc.update("update domainevententry set " + column + " = ? where globalindex = ?", changed, index);
        try {
            ChainVerification.Break found = brokenAt(index);
            assertThat(found.aggregateIdentifier()).isEqualTo(planId);
            assertThat(found.sequenceNumber()).isZero();
            assertThat(found.eventIdentifier()).isEqualTo(jdbc.queryForObject(
                    "select eventidentifier from domainevententry where globalindex = ?", String.class, index));
            assertThat(found.reason()).startsWith(reason);
            JsonNode answered = http.withBasicAuth("auditor", "auditor").getForObject("/api/v1/ops/verification", JsonNode.class);
            assertThat(answered.path("verified").asBoolean()).isFalse();
            assertThat(answered.path("firstBreak").path("globalIndex").asLong()).isEqualTo(index);
            assertStillFoundAfterARebuildAttempt(found, planId, readBefore);
        } finally {
            jdbc.update("update domainevententry set " + column + " = ? where globalindex = ?", original, index);
        }
        assertClean();
    }

    /** A rebuild is refused naming the break, verification names the same event after it, the plan reads as before. */
    private void assertStillFoundAfterARebuildAttempt(ChainVerification.Break found, String planId, JsonNode readBefore) {
        ChainVerification again = RefusedRebuild.attempt(rebuild, seals, http, "BROKEN at event " + found.globalIndex(),
                planId, readBefore);
        assertThat(again.firstBreak()).isEqualTo(found);
    }

    private ChainVerification.Break brokenAt(long index) {
        ChainVerification chain = seals.verify(null);
        assertThat(chain.verified()).isFalse();
        assertThat(chain.verdict()).startsWith("BROKEN at event " + index);
        assertThat(chain.firstBreak().globalIndex()).isEqualTo(index);
        return chain.firstBreak();
    }

    private void assertClean() {
        ChainVerification chain = seals.verify(null);
        assertThat(chain.verified()).as(chain.verdict()).isTrue();
        assertThat(chain.eventsSealed()).isPositive();
    }

    /**
     * Writes a plan; returns the global index of its first event, sealed by the time this returns unless it follows
     * a gap that has not timed out (a change before sealing would be sealed as it stands: nothing could tell).
     */
    private long write(String planId) {
        ResponseEntity<String> written = http.withBasicAuth("planner", "planner").postForEntity("/api/v1/plans",
                Map.of("planId", planId, "title", "Plan " + planId, "board", "RS", "firstYear", 2023, "lastYear", 2025),
                String.class);
        assertThat(written.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        seals.sealNew();
        return jdbc.queryForObject("select min(globalindex) from domainevententry where aggregateidentifier = ?",
                Long.class, planId);
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update("insert into domainevententry (globalindex, eventidentifier, aggregateidentifier, sequencenumber, "
                        + "type, timestamp, payloadtype, payloadrevision, payload, metadata) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("globalindex"), row.get("eventidentifier"), row.get("aggregateidentifier"), row.get("sequencenumber"),
                row.get("type"), row.get("timestamp"), row.get("payloadtype"), row.get("payloadrevision"), row.get("payload"),
                row.get("metadata"));
    }
}
