package se.planledger.ops.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo plan, loaded through the commands on first start, read back as in force on 1 March 2023. */
class DemoPlanTest extends PostgresIntegrationTest {

    static final String PLAN = "/api/v1/plans/rs-plan-2023-2025";

    @Autowired
    private List<DemoDataSet> demoSets;

    /** Else the next start sends a set again, is refused (its rows are recorded already) and exits. */
    @Test
    void everySetLoadedOnTheFirstStartIsKnownAsLoadedOnTheNext() {
        assertThat(demoSets).hasSize(7)
                .allSatisfy(set -> assertThat(set.alreadyLoaded()).as(set.name()).isTrue());
    }

    @Test
    void aDecisionWhoseReferenceTheSeedDoesNotGiveHasNone() {
        JsonNode decisions = await().atMost(Duration.ofSeconds(60)).until(
                () -> http.getForObject("/api/v1/decisions", JsonNode.class),
                d -> d != null && d.size() > 0 && stream(d).anyMatch(x -> x.path("subject").asText().contains("ik-region-2018")));
        assertThat(stream(decisions)).noneMatch(d -> d.path("reference").asText().contains("ej angiv"));
        assertThat(stream(decisions).filter(d -> d.path("subject").asText().contains("ik-region-2018")))
                .allSatisfy(d -> assertThat(d.path("reference").isMissingNode() || d.path("reference").isNull()).isTrue());
        // The export's reference cell is empty: no text stands where a reference would be.
        String export = new String(http.getForObject("/api/v1/control-plans/ik-region-2018/status/export?format=csv"
                + "&asOf=2018-06-30", byte[].class), StandardCharsets.UTF_8);
        assertThat(export.lines().findFirst().orElseThrow()).contains("RS;beslut;;per;2018-06-30").doesNotContain("ej angiv");
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    @Test
    void thePlanInForceOnFirstMarch2023HoldsEveryGoalFactorAndIndicatorOfTheSeed() {
        JsonNode tree = planOn("2023-03-01");
        PlanFile file = DemoPlan.read();

        assertThat(tree.path("perspectives")).extracting(p -> p.path("label").asText())
                .containsExactly("Samhälle", "Medborgare", "Verksamhet", "Medarbetare", "Ekonomi");
        assertThat(tree.path("version").path("reference").asText()).isEqualTo("Dnr 1043-2022");

        List<JsonNode> goals = new ArrayList<>();
        tree.path("perspectives").forEach(p -> p.path("goals").forEach(goals::add));
        assertThat(goals).extracting(g -> g.path("itemId").asText())
                .containsExactlyInAnyOrderElementsOf(file.goals().stream().map(PlanFile.GoalRow::id).toList());
        for (PlanFile.GoalRow goal : file.goals()) {
            JsonNode goalNode = byId(goals, goal.id());
            assertThat(goalNode.path("content").path("name").asText()).isEqualTo(goal.name());
            assertThat(goalNode.path("content").path("perspective").asText())
                    .isEqualTo(se.planledger.domain.plan.Perspective.parse(goal.perspective()).name());
            for (PlanFile.FactorRow factor : goal.successFactors()) {
                JsonNode factorNode = byId(children(goalNode), factor.id());
                assertThat(factorNode.path("content").path("name").asText()).isEqualTo(factor.name());
                for (PlanFile.MeasureRow indicator : factor.indicators() == null ? List.<PlanFile.MeasureRow>of() : factor.indicators()) {
                    JsonNode content = byId(children(factorNode), indicator.id()).path("content");
                    assertThat(content.path("name").asText()).isEqualTo(indicator.name());
                    assertThat(content.path("baseline").path("text").asText())
                            .as("baseline of %s", indicator.id()).isEqualTo(nullToEmpty(indicator.baseline()));
                    for (Map.Entry<String, String> target : indicator.targets().entrySet()) {
                        assertThat(content.path("targets").path(target.getKey()).path("text").asText())
                                .as("target %s of %s", target.getKey(), indicator.id()).isEqualTo(target.getValue());
                    }
                }
            }
        }
    }

    @Test
    void baselinesAndTargetsKeepTheSeedsTextBesideTheirReading() {
        planOn("2023-03-01");
        JsonNode visits = http.getForObject(PLAN + "/items/G1.F1.I1?asOf=2023-03-01", JsonNode.class).path("content");
        assertThat(visits.path("baseline").path("text").asText()).isEqualTo("2021 K: 2403 M: 2515");
        assertThat(visits.path("baseline").path("year").asInt()).isEqualTo(2021);
        assertThat(visits.path("baseline").path("form").path("women").asInt()).isEqualTo(2403);
        assertThat(visits.path("baseline").path("form").path("men").asInt()).isEqualTo(2515);

        JsonNode readmissions = http.getForObject(PLAN + "/items/G3.F3.I3?asOf=2023-03-01", JsonNode.class).path("content");
        assertThat(readmissions.path("targets").path("2023").path("text").asText()).isEqualTo("K 16,0 M 17,2");
        assertThat(readmissions.path("targets").path("2023").path("form").path("form").asText()).isEqualTo("PER_GENDER");
        assertThat(readmissions.path("targets").path("2025").path("form").path("men").decimalValue()).isEqualByComparingTo("15.5");

        JsonNode triage = http.getForObject(PLAN + "/items/G2.F1.I1?asOf=2023-03-01", JsonNode.class).path("content");
        assertThat(triage.path("baseline").path("text").asText())
                .isEqualTo("19600 tom T2 2021, prognos 35 000 2021(Totaltstartade möten 2021=28459)");
        JsonNode triageParts = triage.path("baseline").path("form");
        assertThat(triageParts.path("form").asText()).isEqualTo("PER_PART");
        assertThat(triageParts.path("parts").path(1).path("label").asText()).isEqualTo("prognos 2021");
        assertThat(triageParts.path("parts").path(1).path("value").path("value").decimalValue()).isEqualByComparingTo("35000");

        JsonNode assessments = http.getForObject(PLAN + "/items/G3.F5.I2?asOf=2023-03-01", JsonNode.class).path("content");
        JsonNode falls = assessments.path("baseline").path("form").path("parts").path(0);
        assertThat(falls.path("label").asText()).isEqualTo("Fall");
        assertThat(falls.path("value").path("form").asText()).isEqualTo("UNLABELLED");
        assertThat(falls.path("value").path("values").path(1).decimalValue()).isEqualByComparingTo("50");
        assertThat(triage.path("targets").path("2025").path("form").path("value").decimalValue()).isEqualByComparingTo("60000");
    }

    @Test
    void beforeItsEffectiveDateThePlanIsNotInForce() {
        planOn("2023-03-01");
        ResponseEntity<JsonNode> before = http.getForEntity(PLAN + "?asOf=2022-12-31", JsonNode.class);
        assertThat(before.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(before.getBody().path("field").asText()).isEqualTo("asOf");
    }

    private JsonNode planOn(String asOf) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            ResponseEntity<JsonNode> response = http.getForEntity(PLAN + "?asOf=" + asOf, JsonNode.class);
            return response.getStatusCode().is2xxSuccessful() ? response.getBody() : null;
        }, body -> body != null);
    }

    private static List<JsonNode> children(JsonNode node) {
        return StreamSupport.stream(node.path("children").spliterator(), false).toList();
    }

    private static JsonNode byId(List<JsonNode> nodes, String id) {
        return nodes.stream().filter(n -> n.path("itemId").asText().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id + " in the plan tree"));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
