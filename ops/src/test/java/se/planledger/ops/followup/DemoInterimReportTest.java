package se.planledger.ops.followup;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Over the demo data, the interim-report query gives seed 001's table: Division Länssjukvård 1 per April 2022. */
class DemoInterimReportTest extends PostgresIntegrationTest {

    @Test
    void theInterimReportOfDivisionLanssjukvard1PerApril2022HoldsSeed001sValues() {
        JsonNode report = await().atMost(Duration.ofSeconds(60)).until(() -> http.getForEntity(
                "/api/v1/plans/lsv1-plan-2022/interim-report?unit=Division Länssjukvård 1&year=2022&period=DÅ04&asOf=2022-05-15",
                JsonNode.class), r -> r.getStatusCode().is2xxSuccessful() && rows(r.getBody()).get("E1.F1.I1") != null
                && rows(r.getBody()).get("E1.F1.I1").hasNonNull("total")).getBody();
        Map<String, JsonNode> rows = rows(report);

        assertThat(report.path("perspectives")).extracting(p -> p.path("label").asText() + ":" + p.path("goals").size())
                .containsExactly("Samhälle:0", "Medborgare:1", "Verksamhet:1", "Medarbetare:1", "Ekonomi:1");
        assertThat(rows).hasSize(17);
        assertValues(rows.get("M1.F1.I1"), "100 %", "51", "45", "60");
        assertValues(rows.get("M1.F2.I1"), "Öka", null, "203", "135");
        assertValues(rows.get("V1.F1.I1"), "40 %", "23", "24", "22");
        assertValues(rows.get("V1.F2.I1"), "Minska", null, "7040", "7308");
        assertValues(rows.get("V1.F3.I2"), "7 %", "19.3", null, null);
        assertValues(rows.get("V1.F3.I3"), "M: 17,2 % K:16 %", null, "18.8", "17.3");
        assertValues(rows.get("V1.F4.I1"), "Minska med 50 % jmft med 2020", "90", null, null);
        assertValues(rows.get("P1.F2.I1"), "Minska", "8.17", null, null);
        assertValues(rows.get("E1.F1.I1"), "Förbättring jmft med föregående år", "19", null, null);
        assertThat(rows.get("V1.F1.I2").hasNonNull("total")).as("followed up 'under utredning'").isFalse();
        // Judged by the stored rules: 51 % of a 100 % target is not met; 23 % of 40 % neither.
        assertThat(rows.get("M1.F1.I1").path("fulfilment").asText()).isEqualTo("NOT_MET");
        assertThat(rows.get("V1.F4.I2").path("fulfilment").asText()).isEqualTo("MET");
        // "utskrivningsklara >1 dygn": 19,3 % against a ceiling of 7 % is not met (lower is better).
        assertThat(rows.get("V1.F3.I2").path("fulfilment").asText()).isEqualTo("NOT_MET");
    }

    @Test
    void aReportFindsItsUnitByAPartOfTheNameAndRefusesAnUnknownOne() {
        String units = "/api/v1/plans/lsv1-plan-2022/units?year=2022&period=DÅ04";
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForObject(units, JsonNode.class),
                u -> u != null && u.toString().contains("Division Länssjukvård 1"));

        JsonNode byPart = http.getForObject("/api/v1/plans/lsv1-plan-2022/interim-report?unit=länssjukvård 1&year=2022"
                + "&period=DÅ04&asOf=2022-05-15", JsonNode.class);
        assertThat(byPart.path("unit").asText()).isEqualTo("Division Länssjukvård 1");
        ResponseEntity<JsonNode> unknown = http.getForEntity("/api/v1/plans/lsv1-plan-2022/interim-report?unit=Division "
                + "Okänd&year=2022&period=DÅ04&asOf=2022-05-15", JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().path("field").asText()).isEqualTo("unit");
        assertThat(unknown.getBody().path("detail").asText()).contains("Division Länssjukvård 1");
    }

    private static void assertValues(JsonNode row, String target, String total, String women, String men) {
        assertThat(row.path("target").asText()).isEqualTo(target);
        assertDecimal(row.path("total"), total);
        assertDecimal(row.path("women"), women);
        assertDecimal(row.path("men"), men);
    }

    private static void assertDecimal(JsonNode value, String expected) {
        if (expected == null) {
            assertThat(value.isNull() || value.isMissingNode()).as("%s", value).isTrue();
        } else {
            assertThat(value.decimalValue()).isEqualByComparingTo(expected);
        }
    }

    /** The report's indicator rows by id. */
    static Map<String, JsonNode> rows(JsonNode report) {
        Map<String, JsonNode> rows = new HashMap<>();
        report.path("perspectives").forEach(p -> p.path("goals").forEach(g -> g.path("factors").forEach(f ->
                f.path("indicators").forEach(i -> rows.put(i.path("indicatorId").asText(), i)))));
        return rows;
    }
}
