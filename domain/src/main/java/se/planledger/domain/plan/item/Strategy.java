package se.planledger.domain.plan.item;

/** A governing strategy the plan refers to, e.g. "Regional utvecklingsstrategi Norrbotten 2030". */
public record Strategy(String name, String note) implements ItemContent {

    @Override
    public ItemKind itemKind() {
        return ItemKind.STRATEGY;
    }
}
