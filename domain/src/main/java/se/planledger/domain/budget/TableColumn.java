package se.planledger.domain.budget;

/** A column as the decided table names it, e.g. "Löne- & prisindex", with its role in the build-up. */
public record TableColumn(String name, ColumnRole role) {
}
