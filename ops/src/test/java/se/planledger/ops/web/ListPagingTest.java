package se.planledger.ops.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The register-like lists answer a page at a time with the total in X-Total-Count; every JSON read, lists
 * included, answers an ETag and a 304 to If-None-Match while it is the same.
 */
class ListPagingTest extends PostgresIntegrationTest {

    private static final List<String> LISTS = List.of("/api/v1/decisions?", "/api/v1/risks?asOf=2023-03-01&",
            "/api/v1/frameworks/recipients?asOf=2023-03-01&");

    @Test
    void aListIsAnsweredAPageAtATimeWithItsTotal() {
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForEntity(LISTS.get(1) + "size=500", JsonNode.class),
                r -> r.getBody() != null && r.getBody().size() > 4);
        for (String list : LISTS) {
            ResponseEntity<JsonNode> all = http.getForEntity(list + "size=500", JsonNode.class);
            int total = Integer.parseInt(all.getHeaders().getFirst("X-Total-Count"));
            assertThat(all.getBody()).as(list).hasSize(total).hasSizeGreaterThan(4);

            ResponseEntity<JsonNode> second = http.getForEntity(list + "page=2&size=2", JsonNode.class);
            assertThat(second.getHeaders().getFirst("X-Total-Count")).as(list).isEqualTo(String.valueOf(total));
            assertThat(second.getBody()).as(list).containsExactly(all.getBody().get(2), all.getBody().get(3));

            ResponseEntity<JsonNode> byDefault = http.getForEntity(list, JsonNode.class);
            assertThat(byDefault.getBody()).as(list).hasSize(Math.min(total, 100));
            assertThat(http.getForEntity(list + "page=" + (total + 1) + "&size=1", JsonNode.class).getBody()).as(list).isEmpty();

            refused(list + "size=501", "size");
            refused(list + "size=0", "size");
            refused(list + "page=0", "page");
        }
    }

    @Test
    void aListAnswersAnEtagAndNotModifiedWhileItIsTheSame() {
        for (String list : List.of("/api/v1/plans", "/api/v1/decisions?size=3", "/api/v1/risks?asOf=2023-03-01",
                "/api/v1/framework-tables?asOf=2023-03-01")) {
            ResponseEntity<JsonNode> first = http.getForEntity(list, JsonNode.class);
            String etag = first.getHeaders().getETag();
            assertThat(etag).as(list).isNotBlank();

            ResponseEntity<String> again = ifNoneMatch(list, etag);

            assertThat(again.getStatusCode()).as(list).isEqualTo(HttpStatus.NOT_MODIFIED);
            assertThat(again.getBody()).as(list).isNull();
        }
        String otherPage = http.getForEntity("/api/v1/decisions?size=3&page=2", JsonNode.class).getHeaders().getETag();
        assertThat(ifNoneMatch("/api/v1/decisions?size=3", otherPage).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anItemKeepsItsRevisionAsItsEtag() {
        ResponseEntity<JsonNode> item = http.getForEntity("/api/v1/plans/rs-plan-2023-2025/items/G1.F1.I1?asOf=2023-03-01",
                JsonNode.class);
        assertThat(item.getHeaders().getETag()).isEqualTo("\"" + item.getBody().path("revision").asLong() + "\"");
        assertThat(ifNoneMatch("/api/v1/plans/rs-plan-2023-2025/items/G1.F1.I1?asOf=2023-03-01", item.getHeaders().getETag())
                .getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
    }

    private ResponseEntity<String> ifNoneMatch(String url, String etag) {
        HttpHeaders headers = new HttpHeaders();
        headers.setIfNoneMatch(etag);
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private void refused(String url, String field) {
        ResponseEntity<JsonNode> answer = http.getForEntity(url, JsonNode.class);
        assertThat(answer.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().path("field").asText()).as(url).isEqualTo(field);
    }
}
