package se.planledger.ops.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.LedgerNode;
import se.planledger.ops.support.RequiresPostgres;
import se.planledger.ops.support.TestPostgres;
import se.planledger.ops.support.WireCommandBus;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static se.planledger.ops.nodes.NodeWrites.createPlanWithGoal;
import static se.planledger.ops.nodes.NodeWrites.goal;
import static se.planledger.ops.nodes.NodeWrites.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A refusal raised where a command is handled reaches the client as the same problem document whether the command
 * went through the local bus (the JDBC mode) or across the wire between nodes ({@link WireCommandBus}: Axon
 * Server's serialization, which keeps an exception's details and drops its cause). Both nodes share one database
 * with the demo data; each refusal is sent to both and the answers compared whole (but for the request's path).
 */
@ExtendWith(RequiresPostgres.class)
class RefusalsAcrossTheBusTest {

    private static final String DEMO_PLAN = "/api/v1/plans/rs-plan-2023-2025";

    private static LedgerNode local;
    private static LedgerNode wire;

    @BeforeAll
    static void startBothNodes() {
        String database = TestPostgres.freshDatabase("refusals");
        local = LedgerNode.start("local", database, List.of());
        wire = LedgerNode.start("wire", database, List.of(WireCommandBus.class), "ledger.demo-data.enabled=false");
        await().atMost(Duration.ofSeconds(60)).until(() -> wire.as("reader")
                .getForEntity(DEMO_PLAN + "?asOf=2023-03-01", JsonNode.class).getStatusCode().is2xxSuccessful());
    }

    @AfterAll
    static void stopBothNodes() {
        if (wire != null) {
            wire.close();
        }
        if (local != null) {
            local.close();
        }
    }

    @Test
    void aStaleIfMatchIs409WithBothVersions() {
        JsonNode problem = sameOnBoth(node -> {
            createPlanWithGoal(node, "stale-" + node.name());
            String plan = "/api/v1/plans/stale-" + node.name();
            write(node, HttpMethod.PUT, plan + "/items/G1", goal("Ett hållbart län"), "\"1\"");
            return write(node, HttpMethod.PUT, plan + "/items/G1", goal("Ett livskraftigt län"), "\"1\"");
        }, HttpStatus.CONFLICT, "If-Match");
        assertThat(problem.path("title").asText()).isEqualTo("Stale version");
        assertThat(problem.path("expectedVersion").asLong()).isEqualTo(1);
        assertThat(problem.path("currentVersion").asLong()).isEqualTo(2);
    }

    @Test
    void aBrokenRuleIs422NamingTheRule() {
        JsonNode problem = sameOnBoth(node -> {
            createPlanWithGoal(node, "rule-" + node.name());
            String plan = "/api/v1/plans/rule-" + node.name();
            return write(node, HttpMethod.POST, plan + "/drafts", Map.of(), null);
        }, HttpStatus.UNPROCESSABLE_ENTITY, "planId");
        assertThat(problem.path("rule").asText()).isEqualTo("revision-after-adoption");
    }

    /** Found only when the new plan's first event is appended, after the handler and its interceptors have returned. */
    @Test
    void aPlanCreatedAgainIs409AlreadyExists() {
        Map<String, Object> plan = Map.of("planId", "twice", "title", "Testplan 2023–2025", "board", "RS",
                "firstYear", 2023, "lastYear", 2025);
        assertThat(write(local, HttpMethod.POST, "/api/v1/plans", plan, null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode problem = sameOnBoth(node -> write(node, HttpMethod.POST, "/api/v1/plans", plan, null),
                HttpStatus.CONFLICT, "planId");
        assertThat(problem.path("title").asText()).isEqualTo("Already exists");
        assertThat(problem.path("detail").asText()).contains("\"twice\"");
    }

    @Test
    void anUnknownPlanIs404() {
        JsonNode problem = sameOnBoth(node -> write(node, HttpMethod.POST, "/api/v1/plans/no-such-plan/drafts", Map.of(), null),
                HttpStatus.NOT_FOUND, "planId");
        assertThat(problem.path("detail").asText()).contains("no-such-plan");
    }

    @Test
    void aFigureTheIndicatorDoesNotTakeIs400() {
        sameOnBoth(node -> write(node, HttpMethod.POST, DEMO_PLAN + "/outcomes", Map.of("indicatorId", "G2.F1.I2",
                        "year", 2023, "period", "DÅ08", "values", Map.of("women", "96", "men", "95"), "source", "Datalager"), null),
                HttpStatus.BAD_REQUEST, "values.women");
    }

    @Test
    void anImportWithBadRowsIs400ListingEveryRow() {
        String csv = "period;unit;indicator;column;value;source\n"
                + "2023 DÅ08;Rader;G1.F1.I1;K;2 600;Datalager\n"
                + "2023 DÅ08;Rader;G3.F5.I1;K;36,5;Datalager\n";
        JsonNode problem = sameOnBoth(node -> {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
            return node.as("planner").exchange(DEMO_PLAN + "/outcomes/import", HttpMethod.POST,
                    new HttpEntity<>(csv, headers), JsonNode.class);
        }, HttpStatus.BAD_REQUEST, "rows");
        assertThat(problem.path("errors")).extracting(e -> e.path("row").asInt() + ":" + e.path("field").asText())
                .containsExactly("2:values.women");
    }

    /** Sends the request through both nodes; both answer the same problem, with this status and field. */
    private static JsonNode sameOnBoth(Function<LedgerNode, ResponseEntity<JsonNode>> request, HttpStatus status,
                                       String field) {
        ResponseEntity<JsonNode> direct = request.apply(local);
        ResponseEntity<JsonNode> acrossTheWire = request.apply(wire);
        assertThat(direct.getStatusCode()).as("local bus: %s", direct.getBody()).isEqualTo(status);
        assertThat(acrossTheWire.getStatusCode()).as("across the wire: %s", acrossTheWire.getBody()).isEqualTo(status);
        assertThat(acrossTheWire.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(withoutPath(acrossTheWire.getBody())).isEqualTo(withoutPath(direct.getBody()));
        assertThat(acrossTheWire.getBody().path("field").asText()).isEqualTo(field);
        return acrossTheWire.getBody();
    }

    private static JsonNode withoutPath(JsonNode problem) {
        ObjectNode copy = problem.deepCopy();
        copy.remove("instance");
        return copy;
    }
}
