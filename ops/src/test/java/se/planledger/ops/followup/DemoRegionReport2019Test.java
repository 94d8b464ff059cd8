package se.planledger.ops.followup;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Over the demo data, the interim report of the region's plan per August 2019 reads as seed 004 does: its goal
 * summary ("två av de 17 strategiska målen helt har uppnåtts, 13 har delvis uppnåtts medan två inte har nått upp
 * till målsättningen") and its outcomes against their targets.
 */
class DemoRegionReport2019Test extends PostgresIntegrationTest {

    private static final String REPORT = "/api/v1/plans/region-plan-2019/interim-report?year=2019&period=DÅ08";

    @Test
    void theSummaryCountsTheGoalsAsTheReportDoes() {
        JsonNode report = report();

        assertThat(report.path("unit").asText()).isEqualTo("Hela regionen");
        JsonNode summary = report.path("summary");
        assertThat(summary.path("goals").asInt()).isEqualTo(17);
        assertThat(summary.path("met").asInt()).isEqualTo(2);
        assertThat(summary.path("partlyMet").asInt()).isEqualTo(13);
        assertThat(summary.path("notMet").asInt()).isEqualTo(2);
        assertThat(summary.path("notJudged").asInt()).isZero();
        assertThat(report.path("perspectives")).extracting(p -> p.path("label").asText() + ":" + p.path("goals").size())
                .containsExactly("Samhälle:4", "Medborgare:4", "Verksamhet:4", "Medarbetare:3", "Ekonomi:2");

        Map<String, JsonNode> goals = new HashMap<>();
        report.path("perspectives").forEach(p -> p.path("goals").forEach(g -> goals.put(g.path("goalId").asText(), g)));
        assertThat(goals.get("M2").path("fulfilment").asText()).isEqualTo("MET");
        assertThat(goals.get("E1").path("fulfilment").asText()).isEqualTo("NOT_MET");
        assertThat(goals.get("E1").path("narrative").asText()).startsWith("Den samlade bedömningen är att målet inte har uppnåtts.");
        assertThat(goals.get("M4").path("fulfilment").asText()).isEqualTo("PARTLY_MET");
    }

    @Test
    void theOutcomesStandAgainstTheirTargetsAsAReaderOfTheReportJudgesThem() {
        Map<String, JsonNode> rows = DemoInterimReportTest.rows(report());

        // "skillnaden 399 kr per invånare, vilket är 49 kr högre än målet" (högst 350 kr).
        JsonNode drugs = rows.get("E2.F1.I1");
        assertThat(drugs.path("target").asText()).isEqualTo("350 kr");
        assertThat(drugs.path("total").decimalValue()).isEqualByComparingTo("399");
        assertThat(drugs.path("fulfilment").asText()).isEqualTo("NOT_MET");

        // "Utfallet av åtgärderna är 72 mnkr (50,2 procent) ... jämfört med planerade 144 mnkr": half the effect.
        JsonNode actionPlans = rows.get("E1.F1.I1");
        assertThat(actionPlans.path("target").asText()).isEqualTo("100%");
        assertThat(actionPlans.path("total").decimalValue()).isEqualByComparingTo("50.2");
        assertThat(actionPlans.path("fulfilment").asText()).isEqualTo("NOT_MET");

        // "8,6 procent av den totala personalkostnaden, vilket är en förbättring" (9,3 a year earlier): Minska, met.
        JsonNode hired = rows.get("P1.F3.I1");
        assertThat(hired.path("target").asText()).isEqualTo("Minska");
        assertThat(hired.path("total").decimalValue()).isEqualByComparingTo("8.6");
        assertThat(hired.path("fulfilment").asText()).isEqualTo("MET");

        // Sick leave per August, total and by gender, against a target stated per report.
        JsonNode sickLeave = rows.get("P3.F1.I1");
        assertThat(sickLeave.path("target").asText()).isEqualTo("DÅ04: 5,6% DÅ08: 4,8% ÅR: 4,9%");
        assertThat(sickLeave.path("total").decimalValue()).isEqualByComparingTo("4.4");
        assertThat(sickLeave.path("women").decimalValue()).isEqualByComparingTo("4.9");
        assertThat(sickLeave.path("men").decimalValue()).isEqualByComparingTo("2.6");
        assertThat(sickLeave.path("trend").asText()).as("5,0 in August 2018").isEqualTo("IMPROVING");
        // 4,4 against August's 4,8: "tertialens målsättning överträffas".
        assertThat(sickLeave.path("fulfilment").asText()).isEqualTo("MET");

        // "målet på 62 procent konsolideringsgrad nås inte": 54 % per August.
        JsonNode pensions = rows.get("E1.F1.I2");
        assertThat(pensions.path("total").decimalValue()).isEqualByComparingTo("54");
        assertThat(pensions.path("fulfilment").asText()).isEqualTo("NOT_MET");
    }

    private JsonNode report() {
        return await().atMost(Duration.ofSeconds(60)).until(() -> http.getForEntity(REPORT, JsonNode.class),
                r -> r.getStatusCode().is2xxSuccessful() && r.getBody().path("summary").path("notJudged").asInt(-1) == 0
                        && DemoInterimReportTest.rows(r.getBody()).containsKey("E2.F1.I1")
                        && DemoInterimReportTest.rows(r.getBody()).get("E2.F1.I1").hasNonNull("total")).getBody();
    }
}
