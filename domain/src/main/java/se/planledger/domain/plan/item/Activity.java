package se.planledger.domain.plan.item;

/** An activity or action carried out for a success factor. */
public record Activity(String name, String description) implements ItemContent {

    @Override
    public ItemKind itemKind() {
        return ItemKind.ACTIVITY;
    }
}
