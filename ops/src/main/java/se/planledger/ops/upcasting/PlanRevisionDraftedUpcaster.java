package se.planledger.ops.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import se.planledger.domain.plan.PlanRevisionDrafted;

/**
 * PlanRevisionDrafted revision 1 (no revision stored) → 2: adds {@code basedOnVersion}. A revision draft always
 * opened on top of the latest decided version, which was the version before the new one.
 */
@Component
public class PlanRevisionDraftedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(PlanRevisionDrafted.class.getName(), null);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(PlanRevisionDrafted.class.getName(), "2"), JsonNode.class,
                payload -> ((ObjectNode) payload).put("basedOnVersion", payload.path("version").asInt() - 1));
    }
}
