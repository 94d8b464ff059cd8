package se.planledger.ops.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A filter the ledger does not know is a 400 problem naming the parameter as it was sent, not an empty list that
 * reads as "nothing matches"; a known one, in any case, still filters.
 */
class ListFiltersTest extends PostgresIntegrationTest {

    private static final String PLAN = "/api/v1/plans/rs-plan-2023-2025";
    private static final String REPORT = "/api/v1/plans/lsv1-plan-2022";

    @Test
    void anUnknownCodeInARiskFilterIsRefusedNamingItsParameter() {
        awaitDemoRisks();

        refused("/api/v1/risks?band=Mellan", "band", "Kräver åtgärder för att minimera risken");
        refused("/api/v1/risks?board=XX", "board", "RS");
        refused("/api/v1/risks?perspective=Rymden", "perspective", "Samhälle");
        refused("/api/v1/risks/heatmap?band=Mellan", "band", "measures");
        refused("/api/v1/risks/heatmap?board=XX", "board", "RS");
        refused("/api/v1/risks/heatmap?perspective=Rymden", "perspective", "Ekonomi");
        refused("/api/v1/risks/heatmap/export?format=csv&board=XX", "board", "RS");
        refused("/api/v1/risks/heatmap/export?format=csv&perspective=Rymden", "perspective", "Ekonomi");
        refused("/api/v1/risks/export?format=csv&board=XX", "board", "RS");
    }

    @Test
    void aKnownCodeFiltersInAnyCase() {
        awaitDemoRisks();

        JsonNode measures = http.getForObject("/api/v1/risks?board=rs&band=MEASURES&asOf=2023-03-01", JsonNode.class);
        assertThat(measures).isNotEmpty().allSatisfy(r -> {
            assertThat(r.path("board").asText()).isEqualTo("RS");
            assertThat(r.path("needsMeasures").asBoolean()).isTrue();
        });
        JsonNode society = http.getForObject("/api/v1/risks?perspective=samhälle&asOf=2023-03-01", JsonNode.class);
        assertThat(society).isNotEmpty().allSatisfy(r -> assertThat(r.path("perspective").asText()).isEqualTo("Samhälle"));
    }

    @Test
    void anUnknownBodyOfTheDecisionsIsRefused() {
        refused("/api/v1/decisions?body=KF", "body", "RF");
        assertThat(http.getForEntity("/api/v1/decisions?body=rs", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anUnknownUnitOrPeriodOfAReportIsRefused() {
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForObject(REPORT + "/units?year=2022&period=DÅ04",
                JsonNode.class), u -> u != null && u.toString().contains("Division Länssjukvård 1"));

        // A unit no outcome names is not a bad filter but a report the ledger does not have: 404, listing the units.
        notFound(REPORT + "/interim-report?unit=Division Okänd&year=2022&period=DÅ04", "unit", "Division Länssjukvård 1");
        notFound(REPORT + "/interim-report/export?unit=Division Okänd&year=2022&period=DÅ04", "unit", "Division Länssjukvård 1");
        notFound(REPORT + "/outcomes/history?indicatorId=x&unit=Division Okänd&year=2022&period=DÅ04", "unit",
                "Division Länssjukvård 1");
        refused(REPORT + "/interim-report?year=2022&period=DÅ09", "period", "DÅ08");
        refused(REPORT + "/units?year=2022&period=Q1", "period", "DÅ04");
        refused(REPORT + "/outcomes/export?year=2022&period=Q1", "period", "DÅ04");
    }

    @Test
    void aBadSideOfADiffIsNamedAsSent() {
        refused(PLAN + "/diff?fromAsOf=mars", "fromAsOf", "2023-03-01");
        refused(PLAN + "/diff?toKnownAt=igår", "toKnownAt", "2023-05-15");
        ResponseEntity<JsonNode> noVersion = http.getForEntity(PLAN + "/diff?fromVersion=1&toVersion=99", JsonNode.class);
        assertThat(noVersion.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(noVersion.getBody().path("field").asText()).isEqualTo("toVersion");
        ResponseEntity<JsonNode> notInForce = http.getForEntity(PLAN + "/diff?fromAsOf=1990-01-01", JsonNode.class);
        assertThat(notInForce.getBody().path("field").asText()).isEqualTo("fromAsOf");
        refused("/api/v1/framework-tables/diff?toAsOf=mars", "toAsOf", "2023-03-01");
        refused("/api/v1/framework-tables/diff?fromKnownAt=igår", "fromKnownAt", "2023-05-15");
    }

    private void awaitDemoRisks() {
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForObject("/api/v1/risks?asOf=2023-03-01", JsonNode.class),
                r -> r != null && r.size() > 0);
    }

    private void notFound(String url, String field, String naming) {
        answered(url, HttpStatus.NOT_FOUND, field, naming);
    }

    private void refused(String url, String field, String naming) {
        answered(url, HttpStatus.BAD_REQUEST, field, naming);
    }

    private void answered(String url, HttpStatus status, String field, String naming) {
        ResponseEntity<JsonNode> answer = http.getForEntity(url, JsonNode.class);
        assertThat(answer.getStatusCode()).as(url).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType()).as(url).hasToString("application/problem+json");
        assertThat(answer.getBody().path("field").asText()).as(url).isEqualTo(field);
        assertThat(answer.getBody().path("detail").asText()).as(url).contains(naming);
    }
}
