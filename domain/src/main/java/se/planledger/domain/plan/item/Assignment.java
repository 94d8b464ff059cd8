package se.planledger.domain.plan.item;

import se.planledger.domain.decision.Body;

import java.util.List;

/** The council's assignment (uppdrag) to one or more boards; {@code name} is its text. */
public record Assignment(String name, List<Body> boards) implements ItemContent {

    public Assignment {
        boards = boards == null ? List.of() : List.copyOf(boards);
    }

    @Override
    public ItemKind itemKind() {
        return ItemKind.ASSIGNMENT;
    }
}
