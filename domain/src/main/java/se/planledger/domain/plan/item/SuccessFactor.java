package se.planledger.domain.plan.item;

/** A success factor the board judges important for reaching its strategic goal. */
public record SuccessFactor(String name, String description) implements ItemContent {

    @Override
    public ItemKind itemKind() {
        return ItemKind.SUCCESS_FACTOR;
    }
}
