package se.planledger.ops.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.ops.support.LedgerNode;
import se.planledger.ops.support.RequiresPostgres;
import se.planledger.ops.support.TestPostgres;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static se.planledger.ops.nodes.NodeWrites.createPlanWithGoal;
import static se.planledger.ops.nodes.NodeWrites.goal;
import static se.planledger.ops.nodes.NodeWrites.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes of the ledger on one PostgreSQL database, as behind a load balancer without sticky sessions: each takes
 * writes, a write on one is read on the other, two writers of the same item cannot both win, the tracking
 * processors' segments are claimed by one node or the other and never by both, and when a node stops the other
 * takes its segments over within a bounded time and goes on with nothing lost (the audit replay at 0 differences).
 */
@ExtendWith(RequiresPostgres.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralNodesTest {

    /** Claims of a node that stopped are released on shutdown; a killed one's lapse after the claim timeout. */
    private static final Duration TAKEOVER = Duration.ofSeconds(30);

    private static LedgerNode first;
    private static LedgerNode second;
    private static JdbcTemplate tokens;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        String database = TestPostgres.freshDatabase("nodes");
        first = LedgerNode.start("first", database, List.of(), "ledger.demo-data.enabled=false", "ledger.node-id=first",
                "axon.eventhandling.tokenstore.claim-timeout=5s");
        second = LedgerNode.start("second", database, List.of(), "ledger.demo-data.enabled=false", "ledger.node-id=second",
                "axon.eventhandling.tokenstore.claim-timeout=5s");
        tokens = second.bean(JdbcTemplate.class);
    }

    @AfterAll
    static void stopBoth() {
        for (LedgerNode node : new LedgerNode[]{second, first}) {
            if (node != null && node.running()) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void eachNodeTakesWritesAndReadsTheOthers() {
        createPlanWithGoal(first, "plan-on-first");
        createPlanWithGoal(second, "plan-on-second");

        awaitGoal(second, "plan-on-first", "Ett län");
        awaitGoal(first, "plan-on-second", "Ett län");
    }

    @Test
    @Order(2)
    void ofTwoWritersOfTheSameItemOneWinsAndTheOther409() {
        createPlanWithGoal(first, "plan-contested");
        String path = "/api/v1/plans/plan-contested/items/G1";
        CompletableFuture<ResponseEntity<JsonNode>> onFirst = CompletableFuture.supplyAsync(
                () -> write(first, HttpMethod.PUT, path, goal("Ett hållbart län"), "\"1\""));
        CompletableFuture<ResponseEntity<JsonNode>> onSecond = CompletableFuture.supplyAsync(
                () -> write(second, HttpMethod.PUT, path, goal("Ett livskraftigt län"), "\"1\""));

        List<HttpStatus> answers = List.of(HttpStatus.valueOf(onFirst.join().getStatusCode().value()),
                HttpStatus.valueOf(onSecond.join().getStatusCode().value()));
        assertThat(answers).as("%s / %s", onFirst.join().getBody(), onSecond.join().getBody())
                .containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
        String winner = answers.get(0) == HttpStatus.OK ? "Ett hållbart län" : "Ett livskraftigt län";
        awaitGoal(first, "plan-contested", winner);
        awaitGoal(second, "plan-contested", winner);
    }

    @Test
    @Order(3)
    void everySegmentIsClaimedByOneOfTheNodes() {
        await().atMost(TAKEOVER).untilAsserted(() -> {
            List<Map<String, Object>> segments = tokens.queryForList("select processorname, segment, owner from tokenentry");
            assertThat(segments).isNotEmpty();
            assertThat(segments).allSatisfy(s -> assertThat(s.get("owner")).isIn("first", "second"));
        });
    }

    @Test
    @Order(4)
    void whenANodeStopsTheOtherTakesItsSegmentsOverAndLosesNothing() {
        Set<String> processors = owners().keySet();
        first.close();

        await().atMost(TAKEOVER).untilAsserted(() -> assertThat(owners()).as("segments by processor")
                .allSatisfy((processor, owner) -> assertThat(owner).containsOnly("second")));
        assertThat(owners().keySet()).isEqualTo(processors);

        createPlanWithGoal(second, "plan-after-the-stop");
        awaitGoal(second, "plan-after-the-stop", "Ett län");
        assertThat(audit(second).path("differences").asLong()).isZero();
    }

    private static Map<String, Set<String>> owners() {
        return tokens.queryForList("select processorname, owner from tokenentry").stream()
                .collect(Collectors.groupingBy(row -> (String) row.get("processorname"),
                        Collectors.mapping(row -> String.valueOf(row.get("owner")), Collectors.toSet())));
    }

    private static JsonNode audit(LedgerNode node) {
        ResponseEntity<JsonNode> started = node.as("auditor").postForEntity("/api/v1/ops/audits", null, JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String job = "/api/v1/ops/jobs/" + started.getBody().path("id").asText();
        JsonNode done = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> node.as("auditor").getForObject(job, JsonNode.class),
                        j -> !j.path("state").asText().equals("RUNNING"));
        assertThat(done.path("state").asText()).as("%s", done).isEqualTo("DONE");
        assertThat(done.path("result").path("eventsReplayed").asLong()).isPositive();
        return done.path("result");
    }

    /** Waits until the node answers the draft's goal G1 with this name (a draft is read by its version). */
    private static void awaitGoal(LedgerNode node, String planId, String name) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            ResponseEntity<JsonNode> draft = node.as("reader")
                    .getForEntity("/api/v1/plans/" + planId + "?version=1", JsonNode.class);
            assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(draft.getBody().findParents("itemId")).filteredOn(item -> item.path("itemId").asText().equals("G1"))
                    .extracting(item -> item.path("content").path("name").asText()).containsExactly(name);
        });
    }
}
