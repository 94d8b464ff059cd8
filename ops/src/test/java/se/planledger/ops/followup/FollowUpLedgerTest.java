package se.planledger.ops.followup;

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
import se.planledger.domain.followup.Evaluation;
import se.planledger.ops.support.KnownAt;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Follow-up against the demo plan's indicators on PostgreSQL: outcomes judged against seed 000's targets, and an
 * interim report that stays reproducible as delivered after a correction.
 */
class FollowUpLedgerTest extends PostgresIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;


    static final String PLAN = "/api/v1/plans/rs-plan-2023-2025";

    @Test
    void theReportAsDeliveredStaysReproducibleAfterACorrection() {
        String unit = "Testdivision " + UUID.randomUUID().toString().substring(0, 6);
        awaitPlan();
        // "Andel vårdskador": baseline "2021: 37 %", target "Minska 5 %", reported DÅ08 and ÅR.
        post(PLAN + "/outcomes", outcome("G3.F5.I1", unit, "DÅ08", Map.of("total", "36")));
        // "Andel patienter som får kontakt med hälsocentralen ... samma dag": target 2023 "95 %".
        post(PLAN + "/outcomes", outcome("G2.F1.I2", unit, "DÅ08", Map.of("total", "96")));
        post(PLAN + "/work-statuses", Map.of("itemId", "A16", "year", 2023, "period", "DÅ08", "status", "ONGOING",
                "comment", "Två filialer öppnade"));
        post(PLAN + "/goal-judgements", Map.of("goalId", "G3", "year", 2023, "period", "DÅ08", "fulfilment", "PARTLY_MET",
                "narrative", "Delvis uppfyllt"));

        JsonNode delivered = await().atMost(Duration.ofSeconds(30)).until(() -> report(unit, null),
                r -> row(r, "G2.F1.I2") != null && row(r, "G2.F1.I2").hasNonNull("total") && r.path("summary").path("partlyMet").asInt() == 1);
        assertThat(row(delivered, "G3.F5.I1").path("target").asText()).isEqualTo("Minska 5 %");
        assertThat(row(delivered, "G3.F5.I1").path("fulfilment").asText()).isEqualTo("PARTLY_MET");
        assertThat(row(delivered, "G3.F5.I1").path("rule").asText()).isEqualTo("relative-change@" + Evaluation.VERSION);
        assertThat(row(delivered, "G3.F5.I1").path("trend").asText()).isEqualTo("IMPROVING");
        assertThat(row(delivered, "G2.F1.I2").path("fulfilment").asText()).isEqualTo("MET");
        assertThat(delivered.path("summary").path("goals").asInt()).isEqualTo(5);
        assertThat(delivered.path("assignments")).anySatisfy(a -> {
            assertThat(a.path("itemId").asText()).isEqualTo("A16");
            assertThat(a.path("status").asText()).isEqualTo("ONGOING");
            assertThat(a.path("comment").asText()).isEqualTo("Två filialer öppnade");
        });
        assertThat(delivered.path("summary").path("notJudged").asInt()).isEqualTo(4);
        Instant asDelivered = KnownAt.betweenRecords();

        post(PLAN + "/outcomes/corrections", Map.of("indicatorId", "G2.F1.I2", "unit", unit, "year", 2023, "period", "DÅ08",
                "values", Map.of("total", "90"), "reason", "Felaktigt urval"), "\"1\"");

        JsonNode corrected = await().atMost(Duration.ofSeconds(30)).until(() -> report(unit, null),
                r -> row(r, "G2.F1.I2").path("revision").asInt() == 2);
        assertThat(row(corrected, "G2.F1.I2").path("total").decimalValue()).isEqualByComparingTo("90");
        assertThat(row(corrected, "G2.F1.I2").path("fulfilment").asText()).isEqualTo("PARTLY_MET");
        assertThat(row(corrected, "G2.F1.I2").path("correction").asText()).isEqualTo("Felaktigt urval");

        JsonNode again = report(unit, asDelivered.toString());
        assertThat(row(again, "G2.F1.I2").path("total").decimalValue()).isEqualByComparingTo("96");
        assertThat(row(again, "G2.F1.I2").path("fulfilment").asText()).isEqualTo("MET");

        JsonNode history = http.getForObject(PLAN + "/outcomes/history?indicatorId=G2.F1.I2&year=2023&period=DÅ08&unit=" + unit,
                JsonNode.class);
        assertThat(history).extracting(h -> h.path("total").asText() + " " + h.path("fulfilment").asText())
                .containsExactly("96 MET", "90 PARTLY_MET");
        assertThat(history.get(1).path("correction").asText()).isEqualTo("Felaktigt urval");
        assertThat(history.get(1).path("recordedBy").asText()).isEqualTo("planner");

        String csv = http.getForObject(PLAN + "/interim-report/export?format=csv&year=2023&period=DÅ08&asOf=2023-09-15&unit="
                + unit + "&knownAt=" + asDelivered, String.class);
        assertThat(csv).contains("Andel vårdskador, sluten somatisk vård;Minska 5 %;36;;;Delvis uppfyllt;Förbättrad");
    }

    @Test
    void aYearBetweenStatedTargetsIsReportedAgainstTheNextTargetItWasJudgedBy() {
        String unit = "Mellanår " + UUID.randomUUID().toString().substring(0, 6);
        awaitPlan();
        // "samma dag": targets 2023 "95 %" and 2025 "100 %", none stated for 2024; 96 meets 2023's but not 2025's.
        post(PLAN + "/outcomes", Map.of("indicatorId", "G2.F1.I2", "unit", unit, "year", 2024, "period", "DÅ08",
                "values", Map.of("total", "96"), "source", "Datalager"));

        JsonNode report = await().atMost(Duration.ofSeconds(30)).until(() -> http.getForObject(PLAN
                        + "/interim-report?year=2024&period=DÅ08&asOf=2024-09-15&unit=" + unit, JsonNode.class),
                r -> row(r, "G2.F1.I2") != null && row(r, "G2.F1.I2").hasNonNull("total"));
        assertThat(row(report, "G2.F1.I2").path("target").asText()).isEqualTo("100 %");
        assertThat(row(report, "G2.F1.I2").path("fulfilment").asText()).isEqualTo("PARTLY_MET");
    }

    @Test
    void badOutcomesGetProblemsAndWriteNothing() {
        awaitPlan();
        assertProblem(outcome("G9.F9.I9", null, "DÅ08", Map.of("total", "1")), HttpStatus.NOT_FOUND, "indicatorId");
        assertProblem(outcome("G3.F5.I1", null, "DÅ04", Map.of("total", "36")), HttpStatus.BAD_REQUEST, "period");
        assertProblem(outcome("G2.F1.I2", null, "DÅ08", Map.of("women", "96", "men", "95")), HttpStatus.BAD_REQUEST, "values.women");
        assertProblem(outcome("G2.F1.I2", null, "DÅ08", Map.of("total", "många")), HttpStatus.BAD_REQUEST, "values.total");
    }

    @Test
    void anOutcomeIsJudgedAgainOnlyWhenTodaysRulesJudgeItOtherwise() {
        awaitPlan();
        String unit = "Omprövning " + UUID.randomUUID().toString().substring(0, 6);
        post(PLAN + "/outcomes", outcome("G2.F1.I2", unit, "DÅ08", Map.of("total", "96")));
        long events = jdbc.queryForObject("select count(*) from domainevententry", Long.class);

        ResponseEntity<JsonNode> same = writer().postForEntity(PLAN + "/outcomes/reevaluations", revisionOf("\"1\"",
                Map.of("indicatorId", "G2.F1.I2", "unit", unit, "year", 2023, "period", "DÅ08", "reason", "Regelversion 3")),
                JsonNode.class);
        ResponseEntity<JsonNode> none = writer().postForEntity(PLAN + "/outcomes/reevaluations", revisionOf("*",
                Map.of("indicatorId", "G2.F1.I2", "unit", unit, "year", 2023, "period", "ÅR", "reason", "Regelversion 3")),
                JsonNode.class);

        assertThat(same.getStatusCode()).as("%s", same.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(same.getBody().path("detail").asText()).contains("as it is judged already");
        assertThat(none.getStatusCode()).as("%s", none.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(none.getBody().path("field").asText()).isEqualTo("period");
        assertThat(jdbc.queryForObject("select count(*) from domainevententry", Long.class)).isEqualTo(events);
    }

    @Test
    void outcomesAreImportedFromCsvAllOrNone() {
        awaitPlan();
        String unit = "Importdivision " + UUID.randomUUID().toString().substring(0, 6);
        String good = "period;unit;indicator;column;value;source\n"
                + "2023 DÅ08;" + unit + ";G1.F1.I1;K;2 600;Datalager\n"
                + "2023 DÅ08;" + unit + ";G1.F1.I1;M;2 700;Datalager\n"
                + "2023 DÅ08;" + unit + ";G3.F5.I1;T;36,5;Markörbaserad journalgranskning\n";
        String bad = good.replace("G3.F5.I1;T;36,5", "G3.F5.I1;T;trettiosex").replace("2023 DÅ08;" + unit + ";G1.F1.I1;M",
                "2023 T2;" + unit + ";G1.F1.I1;M");

        ResponseEntity<JsonNode> refused = importCsv(bad);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors")).extracting(e -> e.path("row").asInt() + ":" + e.path("field").asText())
                .containsExactly("4:value");

        ResponseEntity<JsonNode> refusedByPlan = importCsv(good.replace("G3.F5.I1;T;36,5", "G3.F5.I1;K;36,5"));
        assertThat(refusedByPlan.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refusedByPlan.getBody().path("errors").get(0).path("field").asText()).isEqualTo("values.women");

        ResponseEntity<JsonNode> imported = importCsv(good);
        assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody().path("outcomes").asInt()).isEqualTo(2);
        JsonNode report = await().atMost(Duration.ofSeconds(30)).until(() -> report(unit, null),
                r -> row(r, "G3.F5.I1").hasNonNull("total"));
        assertThat(row(report, "G3.F5.I1").path("total").decimalValue()).isEqualByComparingTo("36.5");
        assertThat(row(report, "G1.F1.I1").path("women").decimalValue()).isEqualByComparingTo("2600");
        assertThat(row(report, "G1.F1.I1").path("men").decimalValue()).isEqualByComparingTo("2700");
    }

    @Test
    void outcomesSavedBySwedishExcelInWindows1252AreImportedWithTheirSwedishLetters() {
        awaitPlan();
        String unit = "Division Länssjukvård " + UUID.randomUUID().toString().substring(0, 6);
        byte[] windows1252 = ("period;unit;indicator;column;value;source\n2023 DÅ08;" + unit
                + ";G3.F5.I1;T;36,5;Markörbaserad journalgranskning\n").getBytes(Charset.forName("windows-1252"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));

        ResponseEntity<JsonNode> imported = writer().exchange(PLAN + "/outcomes/import", HttpMethod.POST,
                new HttpEntity<>(windows1252, headers), JsonNode.class);

        assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode report = await().atMost(Duration.ofSeconds(30)).until(() -> report(unit, null),
                r -> row(r, "G3.F5.I1").hasNonNull("total"));
        assertThat(report.path("unit").asText()).isEqualTo(unit);
        assertThat(row(report, "G3.F5.I1").path("total").decimalValue()).isEqualByComparingTo("36.5");
    }

    private ResponseEntity<JsonNode> importCsv(String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        return writer().exchange(PLAN + "/outcomes/import", HttpMethod.POST, new HttpEntity<>(csv, headers), JsonNode.class);
    }

    private void assertProblem(Map<String, Object> body, HttpStatus status, String field) {
        ResponseEntity<JsonNode> response = writer().postForEntity(PLAN + "/outcomes", body, JsonNode.class);
        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    }

    private static Map<String, Object> outcome(String indicator, String unit, String period, Map<String, String> values) {
        return unit == null
                ? Map.of("indicatorId", indicator, "year", 2023, "period", period, "values", values, "source", "Datalager")
                : Map.of("indicatorId", indicator, "unit", unit, "year", 2023, "period", period, "values", values,
                "source", "Datalager");
    }

    private void awaitPlan() {
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForEntity(PLAN + "?asOf=2023-03-01", JsonNode.class)
                .getStatusCode().is2xxSuccessful());
    }

    private JsonNode report(String unit, String knownAt) {
        return http.getForObject(PLAN + "/interim-report?year=2023&period=DÅ08&asOf=2023-09-15&unit=" + unit
                + (knownAt == null ? "" : "&knownAt=" + knownAt), JsonNode.class);
    }

    private static JsonNode row(JsonNode report, String indicatorId) {
        for (JsonNode perspective : report.path("perspectives")) {
            for (JsonNode goal : perspective.path("goals")) {
                for (JsonNode factor : goal.path("factors")) {
                    for (JsonNode row : factor.path("indicators")) {
                        if (row.path("indicatorId").asText().equals(indicatorId)) {
                            return row;
                        }
                    }
                }
            }
        }
        return null;
    }

    private void post(String path, Object body) {
        ResponseEntity<JsonNode> response = writer().postForEntity(path, body, JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("POST %s: %s", path, response.getBody()).isTrue();
    }

    /** A revision of what exists, naming the revision read as If-Match. */
    private void post(String path, Object body, String ifMatch) {
        ResponseEntity<JsonNode> response = writer().postForEntity(path, revisionOf(ifMatch, body), JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("POST %s: %s", path, response.getBody()).isTrue();
    }

    private static HttpEntity<Object> revisionOf(String ifMatch, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setIfMatch(ifMatch);
        return new HttpEntity<>(body, headers);
    }
}
