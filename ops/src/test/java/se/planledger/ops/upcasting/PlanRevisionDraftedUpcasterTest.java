package se.planledger.ops.upcasting;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import se.planledger.domain.plan.PlanRevisionDrafted;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A revision-1 PlanRevisionDrafted, as stored before basedOnVersion existed, reads as revision 2. */
class PlanRevisionDraftedUpcasterTest {

    static final String STORED_REVISION_1 = "{\"planId\":\"rs-plan-2023-2025\",\"version\":3}";

    final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void aStoredRevisionOneEventGainsTheVersionItWasBasedOn() {
        List<IntermediateEventRepresentation> upcast = new PlanRevisionDraftedUpcaster()
                .upcast(Stream.of(stored(STORED_REVISION_1, null))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        PlanRevisionDrafted event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new PlanRevisionDrafted("rs-plan-2023-2025", 3, 2));
    }

    @Test
    void aRevisionTwoEventIsLeftAsItIs() {
        String current = "{\"planId\":\"rs-plan-2023-2025\",\"version\":3,\"basedOnVersion\":2}";

        List<IntermediateEventRepresentation> upcast = new PlanRevisionDraftedUpcaster()
                .upcast(Stream.of(stored(current, "2"))).toList();

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        PlanRevisionDrafted event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event.basedOnVersion()).isEqualTo(2);
    }

    private IntermediateEventRepresentation stored(String json, String revision) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Plan", "rs-plan-2023-2025", 7,
                "event-1", Instant.parse("2023-05-02T08:00:00Z"), PlanRevisionDrafted.class.getName(), revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return new InitialEventRepresentation(entry, serializer);
    }
}
