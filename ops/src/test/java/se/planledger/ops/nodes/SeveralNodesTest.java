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
 * writes, a write on one is read on the other, two writers of the same item cannot both win, the processing
 * groups are shared by both nodes (each claimed by one), a group paused by a node stops on the others (and their health says
 * so), a rebuild started on one node works while the other holds segments and either node answers for the job, and
 * when a node stops the other takes its segments over within a bounded time and goes on with nothing lost (the
 * audit replay at 0 differences).
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
                "axon.eventhandling.tokenstore.claim-timeout=5s", "ledger.processors.token-claim-interval=1s");
        second = LedgerNode.start("second", database, List.of(), "ledger.demo-data.enabled=false", "ledger.node-id=second",
                "axon.eventhandling.tokenstore.claim-timeout=5s", "ledger.processors.token-claim-interval=1s");
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
    void theGroupsAreSharedByBothNodesEachClaimedByOne() {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, Set<String>> owners = owners();
            assertThat(owners).hasSize(7).allSatisfy((group, owner) -> assertThat(owner).hasSize(1));
            Map<String, Long> groupsByNode = owners.values().stream()
                    .collect(Collectors.groupingBy(owner -> owner.iterator().next(), Collectors.counting()));
            assertThat(groupsByNode).as("groups by node").containsOnlyKeys("first", "second")
                    .allSatisfy((node, groups) -> assertThat(groups).isBetween(3L, 4L));
        });
    }

    @Test
    @Order(4)
    void aGroupPausedByOneNodeStopsOnTheOtherAndItsHealthSaysSo() {
        // Paused in the name of a node alive: a pause by a node gone is lifted at the next poll.
        tokens.update("insert into paused_group (processing_group, paused_by, paused_at) values ('follow-up', 'first', now())");
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                ResponseEntity<JsonNode> health = second.as("reader").getForEntity("/actuator/health", JsonNode.class);
                assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                JsonNode projections = health.getBody().path("components").path("projections");
                assertThat(projections.path("status").asText()).isEqualTo("OUT_OF_SERVICE");
                assertThat(projections.path("details").path("groups").path("follow-up").asText())
                        .isEqualTo("PAUSED_FOR_REBUILD by first");
                assertThat(owners().get("follow-up")).doesNotContain("second");
            });
        } finally {
            tokens.update("delete from paused_group where processing_group = 'follow-up'");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(second.as("reader")
                .getForEntity("/actuator/health", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK));
    }

    @Test
    @Order(5)
    void aRebuildOnOneNodeWorksWhileTheOtherHoldsTheGroupAndAnyNodeAnswersForTheJob() {
        String group = owners().entrySet().stream().filter(e -> e.getValue().contains("second")).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
        ResponseEntity<JsonNode> started = first.as("admin").postForEntity("/api/v1/ops/rebuilds?group=" + group, null,
                JsonNode.class);
        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.ACCEPTED);

        JsonNode job = awaitJob(second, started.getBody().path("id").asText());
        assertThat(job.path("node").asText()).isEqualTo("first");
        assertThat(job.path("result").path("processingGroups")).extracting(JsonNode::asText).containsExactly(group);
        assertThat(job.path("result").path("verification").path("differences").asLong()).as("%s", job).isZero();
        assertThat(tokens.queryForObject("select count(*) from paused_group", Integer.class)).as("pause lifted").isZero();
        createPlanWithGoal(second, "plan-after-the-rebuild");
        awaitGoal(first, "plan-after-the-rebuild", "Ett län");
    }

    @Test
    @Order(6)
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

    @Test
    @Order(7)
    void aJobCutOffByItsNodesStopIsReportedInterruptedWhenTheNodeIsBack() {
        assertThat(first.running()).isFalse();
        tokens.update("insert into ops_job (job_id, kind, node_id, state, step, done, total, started_at, updated_at) "
                + "values ('cut-off', 'rebuild', 'first', 'RUNNING', 'rebuilding plan-tree', 10, 100, now(), now())");
        assertThat(second.as("auditor").getForObject("/api/v1/ops/jobs/cut-off", JsonNode.class).path("state").asText())
                .isEqualTo("RUNNING");

        first = LedgerNode.start("first", TestPostgres.freshDatabase("nodes"), List.of(), "ledger.demo-data.enabled=false",
                "ledger.node-id=first");

        JsonNode job = second.as("auditor").getForObject("/api/v1/ops/jobs/cut-off", JsonNode.class);
        assertThat(job.path("state").asText()).isEqualTo("INTERRUPTED");
        assertThat(job.path("error").asText()).contains("node first stopped while the job ran");
    }

    private static Map<String, Set<String>> owners() {
        return tokens.queryForList("select processorname, owner from tokenentry").stream()
                .collect(Collectors.groupingBy(row -> (String) row.get("processorname"),
                        Collectors.mapping(row -> String.valueOf(row.get("owner")), Collectors.toSet())));
    }

    private static JsonNode audit(LedgerNode node) {
        ResponseEntity<JsonNode> started = node.as("auditor").postForEntity("/api/v1/ops/audits", null, JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode done = awaitJob(node, started.getBody().path("id").asText());
        assertThat(done.path("result").path("eventsReplayed").asLong()).isPositive();
        return done.path("result");
    }

    /** Polls the job through {@code node} until it ends; it must end DONE. */
    private static JsonNode awaitJob(LedgerNode node, String jobId) {
        JsonNode done = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> node.as("auditor").getForObject("/api/v1/ops/jobs/" + jobId, JsonNode.class),
                        j -> !j.path("state").asText().equals("RUNNING"));
        assertThat(done.path("state").asText()).as("%s", done).isEqualTo("DONE");
        return done;
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
