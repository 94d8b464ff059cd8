package se.planledger.ops.web;

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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.planledger.ops.budget.FrameworkLedgerTest.figures;

/**
 * Every write that revises what exists names the revision its writer read (If-Match): without it a 428 problem and
 * nothing recorded, with a stale one a 409, with the one read (or *) the revision is recorded.
 */
class RevisionPreconditionTest extends PostgresIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anItemIsRevisedAndRetiredOnlyWithTheRevisionRead() {
        String planId = "ifmatch-" + UUID.randomUUID().toString().substring(0, 8);
        send("planner", HttpMethod.POST, "/api/v1/plans", Map.of("planId", planId, "title", "Regionstyrelsens plan",
                "board", "RS", "firstYear", 2023, "lastYear", 2025), null);
        send("planner", HttpMethod.POST, "/api/v1/plans/" + planId + "/items",
                Map.of("itemId", "G1", "content", goal("Nöjda invånare")), null);
        String item = "/api/v1/plans/" + planId + "/items/G1";
        long events = events(planId);

        required(send("planner", HttpMethod.PUT, item, goal("Nöjda och friska invånare"), null));
        required(send("planner", HttpMethod.PUT, item, goal("Nöjda och friska invånare"), " "));
        required(send("planner", HttpMethod.POST, item + "/retirement", Map.of("reason", "Utgår"), null));
        assertThat(events(planId)).isEqualTo(events);

        assertThat(send("planner", HttpMethod.PUT, item, goal("Nöjda och friska invånare"), "\"7\"").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> revised = send("planner", HttpMethod.PUT, item, goal("Nöjda och friska invånare"), "\"1\"");
        assertThat(revised.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(revised.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(send("planner", HttpMethod.POST, item + "/retirement", Map.of("reason", "Utgår"), "*").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aFrameworkTableIsRevisedByBodyOrByFileOnlyWithTheVersionRead() {
        String tableId = "ifmatch-" + UUID.randomUUID().toString().substring(0, 8);
        send("controller", HttpMethod.POST, "/api/v1/framework-tables", Map.of("tableId", tableId,
                "figures", figures("87.8"), "decision", decision("2023-01-01")), null);
        Map<String, Object> revision = Map.of("figures", figures("88.0"), "decision", decision("2023-04-01"));

        required(send("controller", HttpMethod.PUT, "/api/v1/framework-tables/" + tableId, revision, null));
        assertThat(send("controller", HttpMethod.PUT, "/api/v1/framework-tables/" + tableId, revision, "\"2\"")
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> revised = send("controller", HttpMethod.PUT, "/api/v1/framework-tables/" + tableId, revision, "\"1\"");
        assertThat(revised.getStatusCode()).as("%s", revised.getBody()).isEqualTo(HttpStatus.OK);

        // The table as first decided, exported and imported again as a revision of version 2.
        JsonNode first = await().atMost(Duration.ofSeconds(30)).until(() -> http.getForEntity(
                "/api/v1/framework-tables/" + tableId + "?asOf=2023-02-01", JsonNode.class), r -> r.getStatusCode().is2xxSuccessful()).getBody();
        byte[] csv = http.getForEntity("/api/v1/framework-tables/" + tableId + "/export?format=csv&asOf=2023-02-01",
                byte[].class).getBody();
        required(importRevision(tableId, first, csv, null));
        assertThat(importRevision(tableId, first, csv, "\"1\"").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> imported = importRevision(tableId, first, csv, "\"2\"");
        assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getHeaders().getETag()).isEqualTo("\"3\"");
    }

    @Test
    void aRiskIsReassessedAndClosedOnlyWithTheVersionRead() {
        String registerId = "ifmatch-" + UUID.randomUUID().toString().substring(0, 8);
        String base = "/api/v1/risk-registers/" + registerId;
        send("controller", HttpMethod.POST, base + "/scales", Map.of("board", registerId, "effectiveFrom", "2022-06-01",
                "scale", Map.of("version", 1, "maxConsequence", 4, "maxProbability", 4, "bands", List.of(
                        Map.of("name", "Låg", "from", 1, "to", 8, "needsMeasures", false),
                        Map.of("name", "Hög", "from", 9, "to", 16, "needsMeasures", true)))), null);
        Map<String, Object> texts = Map.of("whatCanHappen", "Att regionen tappar som arbetsgivare.");
        send("controller", HttpMethod.POST, base + "/risks", Map.of("riskId", "R1", "subject", Map.of("kind", "PROCESS",
                "name", "Kompetensförsörjning"), "planPeriod", "2023–2025", "description", texts, "consequence", 3,
                "probability", 2, "assessedOn", "2022-09-01", "assessor", "Regionstyrelsen"), null);
        Map<String, Object> worse = Map.of("description", texts, "consequence", 4, "probability", 3,
                "assessedOn", "2023-09-01", "assessor", "HR-direktören", "reason", "Sämre rekryteringsläge");
        Map<String, Object> closing = Map.of("closedOn", "2024-01-01", "reason", "Omhändertagen");
        long events = events(registerId);

        required(send("controller", HttpMethod.POST, base + "/risks/R1/reassessments", worse, null));
        required(send("controller", HttpMethod.POST, base + "/risks/R1/closing", closing, null));
        assertThat(events(registerId)).isEqualTo(events);

        revisedAsRead(base + "/risks/R1", base + "/risks/R1/reassessments", worse);

        ResponseEntity<JsonNode> same = send("controller", HttpMethod.POST, base + "/risks/R1/reassessments",
                Map.of("description", texts, "consequence", 4, "probability", 3, "assessedOn", "2023-10-01",
                        "reason", "Ny genomgång"), "\"2\"");
        assertThat(same.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(same.getBody().path("detail").asText()).contains("exactly as version 2", "nothing to record");

        assertThat(send("controller", HttpMethod.POST, base + "/risks/R1/closing", closing, "\"1\"").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(events(registerId)).isEqualTo(events + 1);
        assertThat(send("controller", HttpMethod.POST, base + "/risks/R1/closing", closing, "\"2\"").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> http.getForEntity(base + "/risks/R1?asOf=2024-02-01",
                JsonNode.class), r -> r.getBody().path("closed").asBoolean()).getHeaders().getETag()).isEqualTo("\"3\"");
    }

    @Test
    void anOutcomeIsCorrectedAndJudgedAgainOnlyWithTheRevisionRead() {
        String plan = "/api/v1/plans/rs-plan-2023-2025";
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForEntity(plan + "?asOf=2023-03-01", JsonNode.class)
                .getStatusCode().is2xxSuccessful());
        String unit = "Ifmatch " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> outcome = Map.of("indicatorId", "G2.F1.I2", "unit", unit, "year", 2023, "period", "DÅ08");
        send("planner", HttpMethod.POST, plan + "/outcomes", with(outcome, "values", Map.of("total", 96), "source",
                "Datalager"), null);
        Map<String, Object> correction = with(outcome, "values", Map.of("total", 90), "reason", "Felaktigt urval");
        Map<String, Object> reevaluation = with(outcome, "reason", "Regelversion 3");
        long events = jdbc.queryForObject("select count(*) from domainevententry", Long.class);

        required(send("planner", HttpMethod.POST, plan + "/outcomes/corrections", correction, null));
        required(send("planner", HttpMethod.POST, plan + "/outcomes/reevaluations", reevaluation, null));
        assertThat(jdbc.queryForObject("select count(*) from domainevententry", Long.class)).isEqualTo(events);

        String history = plan + "/outcomes/history?indicatorId=G2.F1.I2&year=2023&period=DÅ08&unit=" + unit;
        String read = await().atMost(Duration.ofSeconds(30)).until(() -> http.getForEntity(history, JsonNode.class),
                r -> r.getStatusCode().is2xxSuccessful()).getHeaders().getETag();
        assertThat(read).isEqualTo("\"1\"");
        assertThat(send("planner", HttpMethod.POST, plan + "/outcomes/corrections", correction, "\"2\"").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> corrected = send("planner", HttpMethod.POST, plan + "/outcomes/corrections", correction, read);
        assertThat(corrected.getStatusCode()).as("%s", corrected.getBody()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> same = send("planner", HttpMethod.POST, plan + "/outcomes/corrections",
                with(outcome, "values", Map.of("total", 90), "reason", "Kontrollerad igen"), "\"2\"");
        assertThat(same.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(same.getBody().path("detail").asText()).contains("exactly as it stands", "nothing to record");
        assertThat(send("planner", HttpMethod.POST, plan + "/outcomes/reevaluations", reevaluation, "\"1\"")
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(await().atMost(Duration.ofSeconds(30)).until(() -> http.getForEntity(history, JsonNode.class),
                r -> r.getBody().size() == 2).getHeaders().getETag()).isEqualTo("\"2\"");
    }

    @Test
    void aFinancialReportIsCorrectedOnlyWithTheRevisionRead() {
        String id = "ifmatch-" + UUID.randomUUID().toString().substring(0, 8);
        String base = "/api/v1/financial-outcomes/" + id;
        send("controller", HttpMethod.POST, "/api/v1/financial-outcomes", Map.of("followUpId", id, "unit",
                "Division " + id, "year", 2019, "period", "DÅ08", "figures", money("-48", "-75"), "source", "Delårsrapport"), null);
        send("controller", HttpMethod.POST, "/api/v1/financial-outcomes", Map.of("followUpId", id, "unit",
                "Division " + id, "year", 2019, "period", "ÅR", "figures", money("-80", "-80"), "source", "Årsredovisning"), null);
        Map<String, Object> correction = Map.of("period", "DÅ08", "figures", money("-45", "-70"), "reason", "Periodiseringsfel");
        long events = events(id);

        required(send("controller", HttpMethod.POST, base + "/corrections", correction, null));
        assertThat(events(id)).isEqualTo(events);

        String history = base + "/history?period=DÅ08";
        revisedAsRead(history, base + "/corrections", correction);

        ResponseEntity<JsonNode> same = send("controller", HttpMethod.POST, base + "/corrections",
                Map.of("period", "DÅ08", "figures", money("-45.0", "-70"), "reason", "Kontrollerad igen"), "\"2\"");
        assertThat(same.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(same.getBody().path("detail").asText()).contains("exactly as revision 2", "nothing to record");
        assertThat(events(id)).isEqualTo(events + 1);

        ResponseEntity<JsonNode> versions = await().atMost(Duration.ofSeconds(30)).until(
                () -> http.getForEntity(history, JsonNode.class), r -> r.getBody().size() == 2);
        assertThat(versions.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(versions.getBody()).extracting(v -> v.path("period").asText()).containsOnly("DÅ08");
        // the annual report's revisions are its own
        assertThat(http.getForEntity(base + "/history?period=ÅR", JsonNode.class).getHeaders().getETag())
                .isEqualTo("\"1\"");
    }

    @Test
    void anActionIsMovedOnOnlyWithTheRevisionRead() {
        String planId = "ifmatch-" + UUID.randomUUID().toString().substring(0, 8);
        String base = "/api/v1/control-plans/" + planId;
        send("controller", HttpMethod.POST, "/api/v1/control-plans", Map.of("planId", planId, "board", "RS", "year", 2018,
                "points", List.of(Map.of("pointId", "IK02", "what", "Bisysslor", "performer", "Regiondirektörens stab")),
                "decision", decision("2018-01-01")), null);
        send("controller", HttpMethod.POST, base + "/controls", Map.of("controlId", "K1", "pointId", "IK02",
                "performedOn", "2018-05-15", "performer", "Regiondirektörens stab", "result", "DEVIATION",
                "action", Map.of("actionId", "A1", "what", "Komplettera registreringen", "owner", "HR-direktören",
                        "dueDate", "2018-09-30")), null);
        Map<String, Object> ongoing = Map.of("status", "ONGOING", "changedOn", "2018-06-01", "comment", "Påbörjat");
        long events = events(planId);

        required(send("controller", HttpMethod.POST, base + "/actions/A1/status", ongoing, null));
        assertThat(events(planId)).isEqualTo(events);

        revisedAsRead(base + "/actions/A1", base + "/actions/A1/status", ongoing);
        ResponseEntity<JsonNode> same = send("controller", HttpMethod.POST, base + "/actions/A1/status",
                Map.of("status", "ONGOING", "changedOn", "2018-07-01", "comment", "Påbörjat"), "\"2\"");
        assertThat(same.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(same.getBody().path("detail").asText()).contains("exactly as revision 2", "nothing to record");
        assertThat(events(planId)).isEqualTo(events + 1);

        ResponseEntity<JsonNode> done = send("controller", HttpMethod.POST, base + "/actions/A1/status",
                Map.of("status", "DONE", "changedOn", "2018-09-20", "comment", "Registret komplett"), "\"2\"");
        assertThat(done.getHeaders().getETag()).isEqualTo("\"3\"");
        // Read as it stood before it was done, the action still answers its latest revision: what a change revises.
        ResponseEntity<JsonNode> before = await().atMost(Duration.ofSeconds(30)).until(() -> http.getForEntity(
                base + "/actions/A1?asOf=2018-07-01", JsonNode.class), r -> "\"3\"".equals(r.getHeaders().getETag()));
        assertThat(before.getBody().path("status").asText()).isEqualTo("ONGOING");
        assertThat(before.getBody().path("revision").asInt()).isEqualTo(2);
    }

    /**
     * What {@code read} answers is at revision 1: a write naming revision 2 is refused (409), the one naming the ETag
     * read is recorded and answers revision 2 as its ETag.
     */
    private void revisedAsRead(String read, String write, Object body) {
        String etag = await().atMost(Duration.ofSeconds(30)).until(() -> http.getForEntity(read, JsonNode.class),
                r -> r.getStatusCode().is2xxSuccessful()).getHeaders().getETag();
        assertThat(etag).isEqualTo("\"1\"");
        assertThat(send("controller", HttpMethod.POST, write, body, "\"2\"").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> revised = send("controller", HttpMethod.POST, write, body, etag);
        assertThat(revised.getStatusCode()).as("%s", revised.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(revised.getHeaders().getETag()).isEqualTo("\"2\"");
    }

    private ResponseEntity<JsonNode> importRevision(String tableId, JsonNode table, byte[] file, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        JsonNode figures = table.path("figures");
        return as("controller").exchange("/api/v1/framework-tables/" + tableId
                        + "/import?mode=revise&title={title}&amountUnit={unit}&decimals={decimals}&year={year}&body=RS"
                        + "&reference=Dnr 2001-2022&effectiveDate=2023-05-01", HttpMethod.POST,
                new HttpEntity<>(file, headers), JsonNode.class, figures.path("title").asText(),
                figures.path("amountUnit").asText(), figures.path("decimals").asInt(), figures.path("year").asInt());
    }

    private static void required(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody().path("type").asText()).isEqualTo("/problems/revision-required");
        assertThat(answer.getBody().path("field").asText()).isEqualTo("If-Match");
        assertThat(answer.getBody().path("detail").asText()).contains("ETag");
    }

    private ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, Object body, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.set(HttpHeaders.IF_MATCH, ifMatch);
        }
        return as(user).exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private long events(String aggregate) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class, aggregate);
    }

    /** The map with more entries. */
    private static Map<String, Object> with(Map<String, Object> map, Object... entries) {
        Map<String, Object> more = new java.util.LinkedHashMap<>(map);
        for (int i = 0; i < entries.length; i += 2) {
            more.put((String) entries[i], entries[i + 1]);
        }
        return more;
    }

    private static Map<String, Object> money(String periodResult, String annualForecast) {
        return Map.of("periodResult", periodResult, "periodTarget", "-11", "annualForecast", annualForecast,
                "annualTarget", "-16", "amountUnit", "mnkr");
    }

    private static Map<String, Object> goal(String name) {
        return Map.of("kind", "STRATEGIC_GOAL", "perspective", "CITIZEN", "name", name);
    }

    private static Map<String, Object> decision(String effective) {
        return Map.of("body", "RS", "reference", "Dnr 1043-2022", "decisionDate", "2022-06-15", "effectiveDate", effective);
    }
}
