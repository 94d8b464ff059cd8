package se.planledger.ops.plan;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A plan with a long history is snapshotted, and later commands load it from the snapshot correctly. */
class PlanSnapshotTest extends PostgresIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLongPlanIsSnapshottedAndStillKeepsItsRules() {
        String planId = "snap-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/v1/plans", Map.of("planId", planId, "title", "Plan med lång historik", "board", "RS",
                "firstYear", 2023, "lastYear", 2025));
        post("/api/v1/plans/" + planId + "/items", Map.of("itemId", "G1", "content",
                Map.of("kind", "STRATEGIC_GOAL", "perspective", "Ekonomi", "name", "En ekonomi i balans")));
        for (int i = 1; i <= 260; i++) {
            post("/api/v1/plans/" + planId + "/items", Map.of("itemId", "G1.F" + i, "parentId", "G1", "content",
                    Map.of("kind", "SUCCESS_FACTOR", "name", "Framgångsfaktor " + i)));
        }

        Long snapshots = jdbc.queryForObject("select count(*) from snapshotevententry where aggregateidentifier = ?",
                Long.class, planId);
        assertThat(snapshots).isPositive();

        // State from the snapshot still knows every item: a duplicate id and a goal with children are refused.
        ResponseEntity<JsonNode> duplicate = writer().postForEntity("/api/v1/plans/" + planId + "/items",
                Map.of("itemId", "G1.F7", "parentId", "G1", "content", Map.of("kind", "SUCCESS_FACTOR", "name", "Igen")),
                JsonNode.class);
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        HttpHeaders anyRevision = new HttpHeaders();
        anyRevision.setIfMatch("*");
        ResponseEntity<JsonNode> retireGoal = writer().postForEntity("/api/v1/plans/" + planId + "/items/G1/retirement",
                new HttpEntity<>(Map.of("reason", "Utgår"), anyRevision), JsonNode.class);
        assertThat(retireGoal.getBody().path("rule").asText()).isEqualTo("retire-children-first");
        post("/api/v1/plans/" + planId + "/adoption", Map.of("body", "RS", "reference", "Dnr 1043-2022",
                "decisionDate", "2022-06-15", "effectiveDate", "2023-01-01"));

        JsonNode tree = await().atMost(Duration.ofSeconds(30)).until(() ->
                http.getForEntity("/api/v1/plans/" + planId + "?asOf=2023-03-01", JsonNode.class).getBody(),
                body -> body.has("perspectives"));
        assertThat(tree.path("perspectives").get(4).path("goals").get(0).path("children")).hasSize(260);
    }

    private void post(String path, Object body) {
        ResponseEntity<JsonNode> response = writer().postForEntity(path, body, JsonNode.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("POST %s: %s", path, response.getBody()).isTrue();
    }
}
