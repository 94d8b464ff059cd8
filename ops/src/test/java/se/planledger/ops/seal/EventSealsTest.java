package se.planledger.ops.seal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The seal computation alone: every stored column and the previous seal count, and the algorithm never drifts. */
class EventSealsTest {

    private static final StoredEvent EVENT = new StoredEvent(7, "e-7", "plan-1", 3, "Plan", "2026-01-02T03:04:05.678Z",
            "se.planledger.domain.plan.PlanDrafted", null, bytes("{\"planId\":\"plan-1\"}"), bytes("{\"issuedBy\":\"planner\"}"));

    @Test
    void aSealIsPinned() {
        // Changing how seals are computed breaks every chain already stored: this value must never change.
        assertThat(EventSeals.seal(EventSeals.GENESIS, EVENT)).isEqualTo(PINNED);
    }

    @Test
    void everyStoredColumnAndThePreviousSealChangeTheSeal() {
        String seal = EventSeals.seal(EventSeals.GENESIS, EVENT);
        List<StoredEvent> changed = List.of(
                new StoredEvent(8, "e-7", "plan-1", 3, "Plan", EVENT.timestamp(), EVENT.payloadType(), null, EVENT.payload(), EVENT.metadata()),
                new StoredEvent(7, "e-8", "plan-1", 3, "Plan", EVENT.timestamp(), EVENT.payloadType(), null, EVENT.payload(), EVENT.metadata()),
                new StoredEvent(7, "e-7", "plan-2", 3, "Plan", EVENT.timestamp(), EVENT.payloadType(), null, EVENT.payload(), EVENT.metadata()),
                new StoredEvent(7, "e-7", "plan-1", 4, "Plan", EVENT.timestamp(), EVENT.payloadType(), null, EVENT.payload(), EVENT.metadata()),
                new StoredEvent(7, "e-7", "plan-1", 3, "Risk", EVENT.timestamp(), EVENT.payloadType(), null, EVENT.payload(), EVENT.metadata()),
                new StoredEvent(7, "e-7", "plan-1", 3, "Plan", "2026-01-02T03:04:05.679Z", EVENT.payloadType(), null, EVENT.payload(), EVENT.metadata()),
                new StoredEvent(7, "e-7", "plan-1", 3, "Plan", EVENT.timestamp(), "PlanRevised", null, EVENT.payload(), EVENT.metadata()),
                new StoredEvent(7, "e-7", "plan-1", 3, "Plan", EVENT.timestamp(), EVENT.payloadType(), "", EVENT.payload(), EVENT.metadata()),
                new StoredEvent(7, "e-7", "plan-1", 3, "Plan", EVENT.timestamp(), EVENT.payloadType(), null, bytes("{\"planId\":\"plan-2\"}"), EVENT.metadata()),
                new StoredEvent(7, "e-7", "plan-1", 3, "Plan", EVENT.timestamp(), EVENT.payloadType(), null, EVENT.payload(), null));
        assertThat(changed).allSatisfy(event -> assertThat(EventSeals.seal(EventSeals.GENESIS, event)).isNotEqualTo(seal));
        assertThat(EventSeals.seal(seal, EVENT)).isNotEqualTo(seal);
        assertThat(seal).matches("[0-9a-f]{64}");
    }

    @Test
    void theColumnsAreDelimited() {
        // Bytes moved from one column to the next must not hash the same.
        StoredEvent moved = new StoredEvent(7, "e-7", "plan-1", 3, "Plan", EVENT.timestamp(), EVENT.payloadType(), null,
                bytes("{\"planId\":\"plan-1\"}{"), bytes("\"issuedBy\":\"planner\"}"));
        assertThat(EventSeals.seal(EventSeals.GENESIS, moved)).isNotEqualTo(EventSeals.seal(EventSeals.GENESIS, EVENT));
    }

    private static final String PINNED = "5d8a844a5f1f9267701abd099c220e670489cbed31f9d63391d2bd132bffc98d";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
