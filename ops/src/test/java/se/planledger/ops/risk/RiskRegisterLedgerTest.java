package se.planledger.ops.risk;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.ops.support.KnownAt;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Risk registers on PostgreSQL: the seed's heatmap, a reassessment across a scale change, as of and as known. */
class RiskRegisterLedgerTest extends PostgresIntegrationTest {

    static final Map<String, Object> FIVE_BY_FIVE = Map.of("version", 2, "maxConsequence", 5, "maxProbability", 5,
            "bands", List.of(Map.of("name", "Låg", "from", 1, "to", 9, "needsMeasures", false),
                    Map.of("name", "Hög", "from", 10, "to", 25, "needsMeasures", true)));
    static final Map<String, Object> SEED_SCALE = Map.of("version", 1, "maxConsequence", 4, "maxProbability", 4,
            "bands", List.of(Map.of("name", "Kräver ingen särskild åtgärd", "from", 1, "to", 8, "needsMeasures", false),
                    Map.of("name", "Kräver åtgärder för att minimera risken", "from", 9, "to", 16, "needsMeasures", true)));

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theHeatmapShowsSeed000sRisksInTheCellsOfTheirScores() {
        JsonNode heatmap = await().atMost(Duration.ofSeconds(60)).until(() -> http.getForObject(
                "/api/v1/risks/heatmap?board=RS&asOf=2023-03-01", JsonNode.class), h -> h.path("cells").size() == 5);

        Map<String, Integer> counts = new HashMap<>();
        heatmap.path("cells").forEach(c -> counts.put(c.path("consequence").asInt() + "x" + c.path("probability").asInt(),
                c.path("count").asInt()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("3x2", 5, "3x3", 5, "3x4", 3, "2x2", 1, "4x2", 2));
        assertThat(heatmap.path("needMeasures")).extracting(i -> i.path("riskId").asText())
                .containsExactlyInAnyOrder("R3", "R4", "R7", "R9", "R12", "R13", "R14", "R15");
        assertThat(heatmap.path("mixedScales").asBoolean()).isFalse();

        JsonNode economy = http.getForObject("/api/v1/risks?board=RS&perspective=Ekonomi&asOf=2023-03-01", JsonNode.class);
        assertThat(economy).extracting(r -> r.path("subjectItemId").asText()).containsExactlyInAnyOrder("G5.F1", "G5.F2");
        assertThat(economy.get(0).path("description").path("measures").asText())
                .isEqualTo("Tydliga uppdrag och, ekonomiska handlingsplaner tas fram");
    }

    @Test
    void aReassessmentAfterAScaleChangeShowsFromItsDateWhileThePastKeepsItsScale() {
        String register = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String base = "/api/v1/risk-registers/" + register;
        post(base + "/scales", Map.of("board", register, "scale", SEED_SCALE, "effectiveFrom", "2022-06-01"));
        post(base + "/risks", risk("R1", 3, 2));
        post(base + "/risks", risk("R2", 2, 2));
        JsonNode before = await().atMost(Duration.ofSeconds(30)).until(() -> heatmap(register, "2023-03-01", null),
                h -> h.path("cells").size() == 2);
        assertThat(before.path("scaleVersions")).extracting(JsonNode::asInt).containsExactly(1);

        post(base + "/scales", Map.of("board", register, "scale", FIVE_BY_FIVE, "effectiveFrom", "2023-06-01"));
        Instant beforeReassessment = KnownAt.betweenRecords();
        post(base + "/risks/R1/reassessments", Map.of("description", Map.of("whatCanHappen", "Rekryteringen misslyckas"),
                "consequence", 5, "probability", 3, "assessedOn", "2023-09-01", "assessor", "Regionstyrelsen",
                "reason", "Ny skala och sämre rekryteringsläge"), "\"1\"");

        JsonNode after = await().atMost(Duration.ofSeconds(30)).until(() -> heatmap(register, "2023-10-01", null),
                h -> h.path("scaleVersions").size() == 2);
        assertThat(after.path("mixedScales").asBoolean()).isTrue();
        assertThat(after.path("scaleNote").asText()).contains("different scale versions [1, 2]");
        assertThat(after.path("needMeasures")).singleElement().satisfies(i -> {
            assertThat(i.path("riskId").asText()).isEqualTo("R1");
            assertThat(i.path("score").asInt()).isEqualTo(15);
            assertThat(i.path("band").asText()).isEqualTo("Hög");
        });
        assertThat(heatmap(register, "2023-03-01", null).path("needMeasures")).isEmpty();

        JsonNode knownBefore = http.getForObject("/api/v1/risks?board=" + register + "&asOf=2023-10-01&knownAt="
                + beforeReassessment, JsonNode.class);
        assertThat(knownBefore).filteredOn(r -> r.path("riskId").asText().equals("R1")).singleElement()
                .satisfies(r -> {
                    assertThat(r.path("score").asInt()).isEqualTo(6);
                    assertThat(r.path("scaleVersion").asInt()).isEqualTo(1);
                });

        JsonNode history = http.getForObject(base + "/risks/R1/history", JsonNode.class);
        assertThat(history).hasSize(2);
        assertThat(history.get(1).path("version").path("reason").asText()).isEqualTo("Ny skala och sämre rekryteringsläge");
        assertThat(history.get(1).path("version").path("recordedBy").asText()).isEqualTo("controller");
        assertThat(history.get(1).path("changes")).anySatisfy(c -> {
            assertThat(c.path("path").asText()).isEqualTo("score");
            assertThat(c.path("before").asInt()).isEqualTo(6);
            assertThat(c.path("after").asInt()).isEqualTo(15);
        });
    }

    @Test
    void aScoreOutsideTheScaleIsRefusedAndWritesNothing() {
        String register = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/v1/risk-registers/" + register + "/scales", Map.of("board", register, "scale", SEED_SCALE,
                "effectiveFrom", "2022-06-01"));
        long events = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class, register);

        ResponseEntity<JsonNode> refused = as("controller").postForEntity("/api/v1/risk-registers/" + register + "/risks",
                risk("R1", 5, 2), JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("field").asText()).isEqualTo("consequence");
        assertThat(refused.getBody().path("detail").asText()).contains("outside the scale 1–4");
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class,
                register)).isEqualTo(events);
    }

    @Test
    void theRegisterExportsAsXlsx() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForObject("/api/v1/risks?board=RS&asOf=2023-03-01",
                JsonNode.class).size() == 16);
        byte[] xlsx = http.getForObject("/api/v1/risks/export?format=xlsx&board=RS&asOf=2023-03-01", byte[].class);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("title, header, 16 risks, the seal").isEqualTo(18);
            assertThat(sheet.getRow(18).getCell(0).getStringCellValue()).isEqualTo("Sigill");
            assertThat(sheet.getRow(18).getCell(1).getStringCellValue()).matches("\\d+:[0-9a-f]{64}");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Framgångsfaktor");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Attraktiva livsmiljöer finns i hela Norrbotten");
            assertThat(sheet.getRow(2).getCell(8).getNumericCellValue()).isEqualTo(6.0);
        }
        String heatmap = http.getForObject("/api/v1/risks/heatmap/export?format=csv&board=RS&asOf=2023-03-01", String.class);
        assertThat(heatmap.lines().toList()).contains("3;4;12;3;R12, R15, R3", "4;2;8;2;R16, R17");
    }

    private JsonNode heatmap(String board, String asOf, String knownAt) {
        return http.getForObject("/api/v1/risks/heatmap?board=" + board + "&asOf=" + asOf
                + (knownAt == null ? "" : "&knownAt=" + knownAt), JsonNode.class);
    }

    private static Map<String, Object> risk(String id, int consequence, int probability) {
        return Map.of("riskId", id, "subject", Map.of("kind", "SUCCESS_FACTOR", "name", "Tillgänglig och rätt använd kompetens",
                        "perspective", "Medarbetare"),
                "planPeriod", "2023–2025", "description", Map.of("whatCanHappen", "Att regionen tappar i värde som Attraktiv arbetsgivare."),
                "consequence", consequence, "probability", probability, "assessedOn", "2022-09-01", "assessor", "Regionstyrelsen");
    }

    private void post(String path, Object body) {
        ResponseEntity<JsonNode> response = as("controller").postForEntity(path, body, JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("POST %s: %s", path, response.getBody()).isTrue();
    }

    /** A revision of what exists, naming the version read as If-Match. */
    private void post(String path, Object body, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setIfMatch(ifMatch);
        ResponseEntity<JsonNode> response = as("controller").postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("POST %s: %s", path, response.getBody()).isTrue();
    }
}
