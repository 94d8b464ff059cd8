package se.planledger.ops.seal;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.test.web.client.TestRestTemplate;
import se.planledger.ops.jobs.Progress;
import se.planledger.ops.rebuild.ProjectionRebuild;

import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What follows tampering that verification found: a rebuild is attempted and refused naming what was found, the
 * projections keep running untouched, verification names the same thing again afterwards, and the plan is still
 * read as it was before the tampering. Without the refusal the rebuild would project the tampered rows.
 */
final class RefusedRebuild {

    private RefusedRebuild() {
    }

    /** The plan as the plan list answers it now, read before tampering to compare with {@link #attempt}'s read. */
    static JsonNode planAsRead(TestRestTemplate http, String planId) {
        JsonNode plans = http.withBasicAuth("reader", "reader").getForObject("/api/v1/plans", JsonNode.class);
        return StreamSupport.stream(plans.spliterator(), false).filter(p -> p.path("planId").asText().equals(planId))
                .findFirst().orElseThrow(() -> new AssertionError("plan " + planId + " not read: " + plans));
    }

    /**
     * Attempts a rebuild of every projection, expects it refused with a verdict starting {@code verdict}, verifies
     * again and returns that verification (its verdict starting alike) for the caller to check what it names.
     */
    static ChainVerification attempt(ProjectionRebuild rebuild, EventSeals seals, TestRestTemplate http, String verdict,
                                     String planId, JsonNode readBefore) {
        Throwable refused = catchThrowable(() -> rebuild.rebuild(rebuild.processorsOf(null), Progress.NONE));
        assertThat(refused).hasMessageStartingWith("refusing to rebuild: the event chain does not verify, " + verdict);
        assertThat(rebuild.processorsOf(null)).allMatch(StreamingEventProcessor::isRunning);

        ChainVerification again = seals.verify(null);
        assertThat(again.verified()).isFalse();
        assertThat(again.verdict()).startsWith(verdict);
        assertThat(planAsRead(http, planId)).as("still read as before the tampering").isEqualTo(readBefore);
        return again;
    }
}
