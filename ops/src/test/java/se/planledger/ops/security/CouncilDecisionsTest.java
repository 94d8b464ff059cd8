package se.planledger.ops.security;

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
import se.planledger.ops.support.PostgresIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.budget.FrameworkLedgerTest.SEED_LAYOUT_CSV;
import static se.planledger.ops.budget.FrameworkLedgerTest.figures;

/**
 * Every write endpoint that records a decision refuses one in the name of a body the user's roles do not decide for
 * (by default only the administrator records the council's, RF): a 403 problem naming the field, and no event. The
 * same request in the name of a body the role does decide for is recorded.
 */
class CouncilDecisionsTest extends PostgresIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPlannerAdoptsAPlanForTheBoardButNotForTheCouncil() {
        String plan = draftPlan();

        refused("decision.body", () -> exchange("planner", HttpMethod.POST, "/api/v1/plans/" + plan + "/adoption",
                decision("RF", "2023-01-01")));

        assertThat(exchange("planner", HttpMethod.POST, "/api/v1/plans/" + plan + "/adoption", decision("RS", "2023-01-01"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theAdministratorRecordsTheCouncilsAdoption() {
        String plan = draftPlan();

        assertThat(exchange("admin", HttpMethod.POST, "/api/v1/plans/" + plan + "/adoption", decision("RF", "2023-01-01"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aPlannerRevisesAPlanForTheBoardButNotForTheCouncil() {
        String plan = draftPlan();
        exchange("planner", HttpMethod.POST, "/api/v1/plans/" + plan + "/adoption", decision("RS", "2023-01-01"));
        assertThat(exchange("planner", HttpMethod.POST, "/api/v1/plans/" + plan + "/drafts", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        refused("decision.body", () -> exchange("planner", HttpMethod.POST, "/api/v1/plans/" + plan + "/revisions",
                decision("RF", "2023-07-01")));

        assertThat(exchange("planner", HttpMethod.POST, "/api/v1/plans/" + plan + "/revisions", decision("RUN", "2023-07-01"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void financeDecidesAFrameworkTableForTheBoardButNotForTheCouncil() {
        String table = "decided-" + UUID.randomUUID().toString().substring(0, 8);

        refused("decision.body", () -> exchange("controller", HttpMethod.POST, "/api/v1/framework-tables",
                Map.of("tableId", table, "figures", figures("87.8"), "decision", decision("RF", "2023-01-01"))));

        assertThat(exchange("controller", HttpMethod.POST, "/api/v1/framework-tables",
                Map.of("tableId", table, "figures", figures("87.8"), "decision", decision("RS", "2023-01-01")))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void financeRevisesAFrameworkTableForTheBoardButNotForTheCouncil() {
        String table = "revised-" + UUID.randomUUID().toString().substring(0, 8);
        exchange("controller", HttpMethod.POST, "/api/v1/framework-tables",
                Map.of("tableId", table, "figures", figures("87.8"), "decision", decision("RS", "2023-01-01")));

        refused("decision.body", () -> exchange("controller", HttpMethod.PUT, "/api/v1/framework-tables/" + table,
                Map.of("figures", figures("88.0"), "decision", decision("RF", "2023-04-01"))));

        assertThat(exchange("controller", HttpMethod.PUT, "/api/v1/framework-tables/" + table,
                Map.of("figures", figures("88.0"), "decision", decision("RS", "2023-04-01"))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anImportedFrameworkTableNamesTheBodyParameter() {
        String table = "imported-" + UUID.randomUUID().toString().substring(0, 8);

        refused("body", () -> importTable(table, "RF"));

        assertThat(importTable(table, "RS").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void internalControlAdoptsAControlPlanForTheBoardButNotForTheCouncil() {
        String plan = "ik-" + UUID.randomUUID().toString().substring(0, 8);

        refused("decision.body", () -> exchange("controller", HttpMethod.POST, "/api/v1/control-plans", controlPlan(plan, "RF")));

        assertThat(exchange("controller", HttpMethod.POST, "/api/v1/control-plans", controlPlan(plan, "RS"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private String draftPlan() {
        String plan = "bodies-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(exchange("planner", HttpMethod.POST, "/api/v1/plans", Map.of("planId", plan, "title", "Testplan",
                "board", "RS", "firstYear", 2023, "lastYear", 2025)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return plan;
    }

    private static Map<String, Object> decision(String body, String effective) {
        return Map.of("body", body, "reference", "Dnr 1043-2022", "decisionDate", "2022-06-15", "effectiveDate", effective);
    }

    private static Map<String, Object> controlPlan(String plan, String body) {
        return Map.of("planId", plan, "board", "RS", "year", 2018,
                "points", List.of(Map.of("pointId", "IK02", "what", "Bisysslor", "performer", "Regiondirektörens stab",
                        "method", "Registrerade bisysslor jämförs med Bolagsverket")),
                "decision", decision(body, "2018-01-01"));
    }

    private ResponseEntity<JsonNode> importTable(String table, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return as("controller").exchange("/api/v1/framework-tables/" + table + "/import?format=csv"
                        + "&title=Ekonomisk%20ram%202022&year=2023&body=" + body + "&reference=Dnr%201043-2022&effectiveDate=2023-01-01",
                HttpMethod.POST, new HttpEntity<>(SEED_LAYOUT_CSV.getBytes(StandardCharsets.UTF_8), headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> exchange(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (method == HttpMethod.PUT) {
            headers.setIfMatch("\"1\""); // the tables revised here are as first decided, version 1
        }
        return as(user).exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** A 403 problem naming the field and the council, and no event recorded meanwhile. */
    private void refused(String field, Supplier<ResponseEntity<JsonNode>> request) {
        long events = events();

        ResponseEntity<JsonNode> answer = request.get();

        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().path("title").asText()).isEqualTo("Not allowed");
        assertThat(answer.getBody().path("field").asText()).isEqualTo(field);
        assertThat(answer.getBody().path("detail").asText()).contains("RF", "Regionfullmäktige");
        assertThat(events()).as("no event").isEqualTo(events);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }
}
