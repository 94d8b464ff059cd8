package se.planledger.domain.budget;

import java.util.Optional;

/**
 * The lines a framework table file holds above its header, as the export writes them and the import reads them
 * back: one shared wording, so that an exported table imports as the same table. Each line starts with its label;
 * a title line has a single cell.
 */
public final class TableFileLayout {

    /** The decision: body, reference, decision date, effective date, version. */
    public static final String DECISION = "Beslut";
    /** Who recorded the version, and when. */
    public static final String RECORDED = "Registrerad av";
    /** The export's time point: asOf, knownAt, and the unit of the amounts. */
    public static final String TIME_POINT = "Per";
    /** The table's note, read back into the imported table. */
    public static final String NOTE = "Anmärkning";
    /** Each column's role, read back into the imported table (without it, the roles follow the seed's layout). */
    public static final String ROLES = "Kolumnroll";

    private TableFileLayout() {
    }

    /** True for a line the export writes above the header, by its first cell. */
    public static boolean isAboveHeader(String firstCell) {
        return switch (firstCell.trim()) {
            case DECISION, RECORDED, TIME_POINT, NOTE, ROLES -> true;
            default -> false;
        };
    }

    /** The role's word in a file. */
    public static String word(ColumnRole role) {
        return switch (role) {
            case OPENING -> "föregående ram";
            case COMPONENT -> "delbelopp";
            case CLOSING -> "årets ram";
        };
    }

    public static Optional<ColumnRole> role(String word) {
        for (ColumnRole role : ColumnRole.values()) {
            if (word(role).equalsIgnoreCase(word.trim())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
