package se.planledger.ops.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.planledger.client.ApiClient;
import se.planledger.client.ApiException;
import se.planledger.client.api.PlanReadApi;
import se.planledger.client.model.PlanItemView;
import se.planledger.client.model.PlanTreeView;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A client generated from the committed API document (by the build, into the test sources) reads the demo plan: the
 * document is complete enough to write a client from.
 */
class GeneratedClientTest extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aGeneratedClientReadsTheDemoPlanAsInForceOnADate() throws ApiException {
        PlanReadApi plans = new PlanReadApi(client("reader"));

        PlanTreeView tree = plans.planTree("rs-plan-2023-2025", null, LocalDate.of(2023, 3, 1), null);

        assertThat(tree.getTitle()).contains("Regionstyrelsens plan");
        assertThat(tree.getVersion().getReference()).isEqualTo("Dnr 1043-2022");
        assertThat(tree.getPerspectives()).isNotEmpty();
        PlanItemView indicator = plans.planItem("rs-plan-2023-2025", "G1.F1.I1", LocalDate.of(2023, 3, 1), null);
        assertThat(indicator.getItemId()).isEqualTo("G1.F1.I1");
    }

    @Test
    void aRefusalReachesTheGeneratedClientAsItsStatus() {
        PlanReadApi plans = new PlanReadApi(client("reader"));

        assertThatThrownBy(() -> plans.planTree("no-such-plan", null, null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("\"field\":\"planId\"");
                });
    }

    private ApiClient client(String user) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        return client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
    }
}
