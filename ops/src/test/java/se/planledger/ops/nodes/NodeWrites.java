package se.planledger.ops.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.LedgerNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The planner's writes the node tests send: a plan of their own with one goal, and changes to that goal. */
final class NodeWrites {

    private NodeWrites() {
    }

    /** Drafts {@code planId} with goal G1 "Ett län" through {@code node}. */
    static void createPlanWithGoal(LedgerNode node, String planId) {
        assertThat(write(node, HttpMethod.POST, "/api/v1/plans", Map.of("planId", planId, "title", "Testplan 2023–2025",
                "board", "RS", "firstYear", 2023, "lastYear", 2025), null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(write(node, HttpMethod.POST, "/api/v1/plans/" + planId + "/items",
                Map.of("itemId", "G1", "content", goal("Ett län")), null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    static Map<String, Object> goal(String name) {
        return Map.of("kind", "STRATEGIC_GOAL", "perspective", "Samhälle", "name", name);
    }

    static ResponseEntity<JsonNode> write(LedgerNode node, HttpMethod method, String path, Object body, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.set(HttpHeaders.IF_MATCH, ifMatch);
        }
        return node.as("planner").exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
