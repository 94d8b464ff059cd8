package se.planledger.domain.rejection;

/**
 * What a command must give: an id or a text that is there and not blank. The form and length of ids and texts are
 * {@link se.planledger.domain.limits.InputLimits}' rules, checked on every command before its handler runs.
 */
public final class Required {

    private Required() {
    }

    /** The id as given; refused, naming the field, when it is missing or blank. */
    public static String id(String field, String id) {
        return text(field, id);
    }

    /** The text as given; refused, naming the field, when it is missing or blank. */
    public static String text(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "must not be empty");
        }
        return text;
    }
}
