package se.planledger.ops.control;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.ops.support.KnownAt;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The chain risk → control → result → deviation → action on PostgreSQL, and a report that stays as delivered. */
class InternalControlLedgerTest extends PostgresIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seed002sPlanFor2018IsInForceWithEveryControlPoint() {
        JsonNode status = await().atMost(Duration.ofSeconds(60)).until(() -> http.getForEntity(
                "/api/v1/control-plans/ik-region-2018/status?asOf=2018-06-30", JsonNode.class),
                r -> r.getStatusCode().is2xxSuccessful()).getBody();
        assertThat(status).hasSize(18);
        assertThat(status.get(1).path("what").asText()).isEqualTo("Bisysslor");
        assertThat(status.get(1).path("method").asText()).isEqualTo("Registrerade bisysslor i jämförs med Bolagsverket");
        assertThat(status).allSatisfy(p -> assertThat(p.path("light").asText()).isEqualTo("NOT_DUE"));
        JsonNode afterYear = http.getForObject("/api/v1/control-plans/ik-region-2018/status?asOf=2019-01-15", JsonNode.class);
        assertThat(afterYear).allSatisfy(p -> assertThat(p.path("light").asText()).isEqualTo("LATE"));
    }

    @Test
    void theChainFromARiskShowsItsDeviationAndActionAndTheReportStaysAsDelivered() {
        String plan = "ik-" + UUID.randomUUID().toString().substring(0, 8);
        String risk = "R-" + plan;
        post("/api/v1/control-plans", Map.of("planId", plan, "board", "RS", "year", 2018,
                "points", List.of(Map.of("pointId", "IK02", "what", "Bisysslor", "performer", "Regiondirektörens stab",
                        "method", "Registrerade bisysslor i jämförs med Bolagsverket", "coversRisks", List.of(risk))),
                "decision", Map.of("body", "RS", "reference", "Dnr 900-2017", "effectiveDate", "2018-01-01")));
        post("/api/v1/control-plans/" + plan + "/controls", Map.of("controlId", "K1", "pointId", "IK02",
                "performedOn", "2018-05-15", "performer", "Regiondirektörens stab", "result", "DEVIATION",
                "comment", "Två bisysslor saknas i registret", "action", Map.of("actionId", "A1",
                        "what", "Komplettera registreringen", "owner", "HR-direktören", "dueDate", "2018-09-30")));
        post("/api/v1/control-plans/" + plan + "/reports", Map.of("reportId", "RS-aug", "reportedOn", "2018-08-31",
                "reportedTo", "Regionstyrelsen"));
        JsonNode chain = await().atMost(Duration.ofSeconds(30)).until(() -> http.getForObject(
                "/api/v1/risks/" + risk + "/chain?asOf=2018-08-31", JsonNode.class), c -> c.size() == 1
                && c.get(0).path("actions").size() == 1);
        assertThat(chain.get(0).path("light").asText()).isEqualTo("DEVIATION_OPEN");
        assertThat(chain.get(0).path("controls").get(0).path("result").asText()).isEqualTo("DEVIATION");
        assertThat(chain.get(0).path("actions").get(0).path("owner").asText()).isEqualTo("HR-direktören");
        await().atMost(Duration.ofSeconds(30)).until(() -> http.getForObject("/api/v1/control-plans/" + plan + "/reports",
                JsonNode.class).size() == 1);
        Instant beforeDone = KnownAt.betweenRecords();
        long reportEvent = jdbc.queryForObject("select max(globalindex) from domainevententry where aggregateidentifier = ?",
                Long.class, plan);

        assertThat(chain.get(0).path("actions").get(0).path("revision").asInt()).isEqualTo(1);
        HttpHeaders read = new HttpHeaders();
        read.setIfMatch(http.getForEntity("/api/v1/control-plans/" + plan + "/actions/A1", JsonNode.class).getHeaders()
                .getETag());
        post("/api/v1/control-plans/" + plan + "/actions/A1/status", new HttpEntity<>(Map.of("status", "DONE",
                "changedOn", "2018-09-20", "comment", "Registret komplett"), read));

        JsonNode done = await().atMost(Duration.ofSeconds(30)).until(() -> http.getForObject(
                "/api/v1/control-plans/" + plan + "/status?asOf=2018-10-01", JsonNode.class),
                s -> s.get(0).path("light").asText().equals("DONE_ON_TIME"));
        assertThat(done.get(0).path("actions").get(0).path("status").asText()).isEqualTo("DONE");
        assertThat(http.getForObject("/api/v1/control-plans/" + plan + "/status?asOf=2018-09-01", JsonNode.class)
                .get(0).path("light").asText()).isEqualTo("DEVIATION_OPEN");
        assertThat(http.getForObject("/api/v1/control-plans/" + plan + "/status?asOf=2018-10-01&knownAt=" + beforeDone,
                JsonNode.class).get(0).path("light").asText()).isEqualTo("DEVIATION_OPEN");

        String chainCsv = http.getForObject("/api/v1/risks/" + risk + "/chain/export?format=csv&asOf=2018-10-01", String.class);
        assertThat(chainCsv).contains(plan + ";Bisysslor;;K1;;;Komplettera registreringen;HR-direktören;2018-09-30;DONE");

        // Sealing waits for a young gap in the global index (a refused append elsewhere) for up to a minute.
        String reportSeal = await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.queryForList(
                "select seal from event_seal where global_index = ?", String.class, reportEvent), seals -> !seals.isEmpty())
                .get(0);
        JsonNode report = http.getForObject("/api/v1/control-plans/" + plan + "/reports", JsonNode.class).get(0);
        assertThat(report.path("reportedTo").asText()).isEqualTo("Regionstyrelsen");
        assertThat(report.path("points").get(0).path("lastResult").asText()).isEqualTo("DEVIATION");
        assertThat(report.path("points").get(0).path("openActions")).extracting(JsonNode::asText).containsExactly("A1");
        // As delivered: with the seal of the chain when it was recorded, not of the later status change.
        assertThat(report.path("seal").asText()).isEqualTo(reportEvent + ":" + reportSeal);
    }

    @Test
    void aResultForAPointNotInTheAdoptedPlanAndAnActionWithoutOwnerAreRefused() {
        ResponseEntity<JsonNode> unknownPoint = as("controller").postForEntity("/api/v1/control-plans/ik-region-2018/controls",
                Map.of("controlId", "K9", "pointId", "IK99", "performedOn", "2018-05-15", "result", "NO_REMARKS"), JsonNode.class);
        assertThat(unknownPoint.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownPoint.getBody().path("field").asText()).isEqualTo("pointId");

        ResponseEntity<JsonNode> noOwner = as("controller").postForEntity("/api/v1/control-plans/ik-region-2018/controls",
                Map.of("controlId", "K9", "pointId", "IK02", "performedOn", "2018-05-15", "result", "DEVIATION",
                        "action", Map.of("actionId", "A9", "what", "Rätta", "dueDate", "2018-12-31")), JsonNode.class);
        assertThat(noOwner.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noOwner.getBody().path("field").asText()).isEqualTo("action.owner");
    }

    private void post(String path, Object body) {
        ResponseEntity<JsonNode> response = as("controller").postForEntity(path, body, JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("POST %s: %s", path, response.getBody()).isTrue();
    }
}
