package se.planledger.domain.plan.item;

import se.planledger.domain.decision.Body;
import se.planledger.domain.plan.Perspective;

import java.util.List;

/** A strategic goal of the council, placed under one perspective and tagged with its responsible boards. */
public record StrategicGoal(Perspective perspective, String name, List<Body> boards, String description)
        implements ItemContent {

    public StrategicGoal {
        boards = boards == null ? List.of() : List.copyOf(boards);
    }

    @Override
    public ItemKind itemKind() {
        return ItemKind.STRATEGIC_GOAL;
    }
}
