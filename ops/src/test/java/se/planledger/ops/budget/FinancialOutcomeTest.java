package se.planledger.ops.budget;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.KnownAt;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Units' financial follow-up on PostgreSQL: seed 004's August 2019 figures, and a correction as of and as known. */
class FinancialOutcomeTest extends PostgresIntegrationTest {

    @Test
    void theDivisionsResultsPerAugust2019AreSeenAgainstTheirTargetsAsTheReportSays() {
        JsonNode year = await().atMost(Duration.ofSeconds(60)).until(
                () -> http.getForObject("/api/v1/financial-outcomes?year=2019&asOf=2019-12-31", JsonNode.class),
                body -> body.size() >= 10);

        JsonNode divisions = unit(year, "Totalt divisionerna").path("reports").get(0);
        assertThat(divisions.path("period").asText()).isEqualTo("DÅ08");
        // "-236 mnkr vilket är 158 mnkr sämre än resultatmålet"; "underskott på 349 mnkr, vilket är 208 mnkr sämre"
        assertThat(divisions.path("periodResult").decimalValue()).isEqualByComparingTo("-236");
        assertThat(divisions.path("periodDeviation").decimalValue()).isEqualByComparingTo("-158");
        assertThat(divisions.path("annualForecast").decimalValue()).isEqualByComparingTo("-349");
        assertThat(divisions.path("forecastDeviation").decimalValue()).isEqualByComparingTo("-208");
        // "Det är endast Division Service som klarar periodens resultatmål."
        year.forEach(u -> {
            if (u.path("unit").asText().matches("Närsjukvård|Länssjukvård|Folktandvård|Service|Länsteknik")) {
                boolean met = u.path("reports").get(0).path("periodDeviation").decimalValue().signum() >= 0;
                assertThat(met).as(u.path("unit").asText()).isEqualTo(u.path("unit").asText().equals("Service"));
            }
        });

        // "Utfallet av åtgärderna är 72 mnkr ... jämfört med planerade 144 mnkr. I årsprognosen bedöms 101 mnkr ... av de 223"
        JsonNode actionPlan = unit(year, "Totalt: ekonomisk handlingsplan").path("reports").get(0);
        assertThat(actionPlan.path("periodResult").decimalValue()).isEqualByComparingTo("72.4");
        assertThat(actionPlan.path("periodTarget").decimalValue()).isEqualByComparingTo("144.1");
        assertThat(actionPlan.path("annualForecast").decimalValue()).isEqualByComparingTo("101.1");
        assertThat(actionPlan.path("annualTarget").decimalValue()).isEqualByComparingTo("222.9");

        JsonNode before = http.getForObject("/api/v1/financial-outcomes?year=2019&asOf=2019-06-30", JsonNode.class);
        assertThat(before).isEmpty();
    }

    @Test
    void aCorrectionIsSeenOnceRecordedWhileTheReportAsFirstGivenStaysKnown() {
        String unit = "Testdivision " + UUID.randomUUID().toString().substring(0, 6);
        String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> figures = Map.of("periodResult", "-48", "periodTarget", "-11", "annualForecast", "-75",
                "annualTarget", "-16", "amountUnit", "mnkr");
        ResponseEntity<JsonNode> recorded = as("controller").postForEntity("/api/v1/financial-outcomes", Map.of("followUpId", id,
                "unit", unit, "year", 2019, "period", "DÅ08", "figures", figures, "source", "Delårsrapport"), JsonNode.class);
        assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.CREATED);
        await().atMost(Duration.ofSeconds(30)).until(() -> unit(http.getForObject(
                "/api/v1/financial-outcomes?year=2019&asOf=2019-12-31", JsonNode.class), unit) != null);
        Instant beforeCorrection = KnownAt.betweenRecords();

        HttpHeaders read = new HttpHeaders();
        read.setIfMatch(http.getForEntity("/api/v1/financial-outcomes/" + id + "/history?period=DÅ08", JsonNode.class)
                .getHeaders().getETag());
        ResponseEntity<JsonNode> corrected = as("controller").postForEntity("/api/v1/financial-outcomes/" + id + "/corrections",
                new HttpEntity<>(Map.of("period", "DÅ08", "reason", "Periodiseringsfel", "figures", Map.of("periodResult", "-45",
                        "periodTarget", "-11", "annualForecast", "-70", "annualTarget", "-16", "amountUnit", "mnkr")), read),
                JsonNode.class);
        assertThat(corrected.getStatusCode()).as("%s", corrected.getBody()).isEqualTo(HttpStatus.OK);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(report(unit, null)
                .path("periodResult").decimalValue()).isEqualByComparingTo("-45"));
        assertThat(report(unit, null).path("correction").asText()).isEqualTo("Periodiseringsfel");
        assertThat(report(unit, beforeCorrection.toString()).path("periodResult").decimalValue()).isEqualByComparingTo("-48");

        JsonNode history = http.getForObject("/api/v1/financial-outcomes/" + id + "/history", JsonNode.class);
        assertThat(history).extracting(h -> h.path("periodResult").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactly("-48", "-45");
        assertThat(history.get(1).path("correction").asText()).isEqualTo("Periodiseringsfel");

        ResponseEntity<JsonNode> wrongPeriod = as("controller").postForEntity("/api/v1/financial-outcomes", Map.of("followUpId", id,
                "unit", unit, "year", 2019, "period", "T2", "figures", figures), JsonNode.class);
        assertThat(wrongPeriod.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongPeriod.getBody().path("field").asText()).isEqualTo("period");
    }

    private JsonNode report(String unit, String knownAt) {
        JsonNode year = http.getForObject("/api/v1/financial-outcomes?year=2019&asOf=2019-12-31"
                + (knownAt == null ? "" : "&knownAt=" + knownAt), JsonNode.class);
        return unit(year, unit).path("reports").get(0);
    }

    private static JsonNode unit(JsonNode year, String unit) {
        for (JsonNode u : year) {
            if (u.path("unit").asText().equals(unit)) {
                return u;
            }
        }
        return null;
    }
}
