package se.planledger.domain.followup;

/**
 * Whom an outcome is reported for: a division or unit as named, or the whole region when none is named, so that
 * outcomes recorded without a unit and the report asked for without one meet under the same name.
 */
public final class ReportingUnit {

    public static final String WHOLE_REGION = "Hela regionen";

    private ReportingUnit() {
    }

    /** The unit as named, trimmed; the whole region when none is named. */
    public static String orWholeRegion(String unit) {
        return unit == null || unit.isBlank() ? WHOLE_REGION : unit.trim();
    }
}
