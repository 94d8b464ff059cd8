package se.planledger.ops.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.test.web.client.TestRestTemplate;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A problem's {@code type} is an address on the ledger itself: fetched by anyone, signed in or not, it answers a
 * page explaining the problem in Swedish and English.
 */
class ProblemTypePagesTest extends PostgresIntegrationTest {

    @Test
    void theTypeOfEveryKindOfRefusalLeadsToAPageThatExplainsIt() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        Map<String, ResponseEntity<JsonNode>> refusals = new LinkedHashMap<>();
        refusals.put("an unknown filter", http.getForEntity("/api/v1/risks?band=Mellan", JsonNode.class));
        refusals.put("an unknown plan", http.getForEntity("/api/v1/plans/no-such-plan", JsonNode.class));
        refusals.put("an unknown path", http.getForEntity("/api/v1/no-such-thing", JsonNode.class));
        refusals.put("not signed in", as(null).getForEntity("/api/v1/plans", JsonNode.class));
        refusals.put("without the role", http.postForEntity("/api/v1/plans", new HttpEntity<>("{}", json), JsonNode.class));
        refusals.put("a method the address does not take", as("admin").exchange("/api/v1/plans", HttpMethod.DELETE,
                null, JsonNode.class));
        refusals.put("a revision without If-Match", writer().exchange("/api/v1/plans/rs-plan-2023-2025/items/G1",
                HttpMethod.PUT, new HttpEntity<>(Map.of("kind", "STRATEGIC_GOAL", "perspective", "CITIZEN", "name", "Mål"),
                        json), JsonNode.class));
        refusals.put("a plan that exists", writer().postForEntity("/api/v1/plans", new HttpEntity<>(Map.of(
                "planId", "rs-plan-2023-2025", "title", "Igen", "board", "RS", "firstYear", 2023, "lastYear", 2025), json),
                JsonNode.class));

        refusals.forEach((what, answer) -> {
            assertThat(answer.getStatusCode().isError()).as(what).isTrue();
            String type = answer.getBody().path("type").asText();
            assertThat(type).as(what).startsWith("/problems/");

            ResponseEntity<String> page = as(null).getForEntity(type, String.class);

            assertThat(page.getStatusCode()).as("%s: %s", what, type).isEqualTo(HttpStatus.OK);
            assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).as(type).isTrue();
            assertThat(page.getBody()).as(type).contains("<html lang=\"sv\">", "lang=\"en\"",
                    answer.getBody().path("title").asText(), String.valueOf(answer.getStatusCode().value()));
        });
        assertThat(refusals.values().stream().map(a -> a.getBody().path("type").asText()).distinct()).hasSizeGreaterThan(6);
    }

    @Test
    void everyKindTheLedgerNamesHasItsPageInBothLanguages() {
        TestRestTemplate anyone = as(null);
        ProblemTypes.known().forEach((name, explanation) -> {
            ResponseEntity<String> page = anyone.getForEntity("/problems/" + name, String.class);
            assertThat(page.getStatusCode()).as(name).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(name).contains(explanation.swedishTitle(), explanation.title());
        });
        assertThat(ProblemTypes.known()).containsKeys("invalid-input", "unknown-item", "stale-version", "already-exists",
                "too-large", "not-allowed", "rule-violated", "revision-required", "concurrent-change",
                "storage-unavailable", "internal-error", "not-signed-in", "request-in-progress", "idempotency-key-reused");
    }

    @Test
    void aKindTheLedgerDoesNotNameIsAnUnknownPage() {
        ResponseEntity<JsonNode> unknown = as(null).getForEntity("/problems/no-such-problem", JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
