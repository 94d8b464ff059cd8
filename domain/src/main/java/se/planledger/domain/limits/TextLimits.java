package se.planledger.domain.limits;

import java.util.Map;

/**
 * How long each kind of text may be, by the name it has in a command. The read models' columns are at least
 * this wide, so a text the command accepts is always stored and shown (a longer one is refused up front).
 */
public final class TextLimits {

    public static final int ID = 64;
    public static final int CODE = 16;
    public static final int SHORT = 200;
    public static final int TITLE = 500;
    public static final int SUBJECT = 1000;
    public static final int EXPLANATION = 2000;
    /** Names and long texts of the plan (an assignment's text runs to a paragraph). */
    public static final int LONG = 4000;

    private static final Map<String, Integer> BY_NAME = Map.ofEntries(
            Map.entry("board", CODE), Map.entry("kind", CODE), Map.entry("status", CODE),
            Map.entry("perspective", ID), Map.entry("planPeriod", ID), Map.entry("rule", ID),
            Map.entry("reference", SHORT), Map.entry("unit", SHORT), Map.entry("owner", SHORT),
            Map.entry("performer", SHORT), Map.entry("assessor", SHORT), Map.entry("reportedTo", SHORT),
            Map.entry("band", SHORT), Map.entry("amountUnit", 8), Map.entry("label", SHORT),
            Map.entry("title", TITLE), Map.entry("source", TITLE), Map.entry("evidence", TITLE),
            Map.entry("goal", TITLE), Map.entry("timing", TITLE), Map.entry("method", TITLE),
            Map.entry("subject.name", SUBJECT), Map.entry("bands.name", SHORT), Map.entry("columns.name", SHORT),
            Map.entry("what", EXPLANATION), Map.entry("reason", EXPLANATION), Map.entry("comment", EXPLANATION),
            Map.entry("correction", EXPLANATION), Map.entry("explanation", EXPLANATION));

    private TextLimits() {
    }

    /**
     * The most characters the text at {@code path} ("decision.reference", "rows[3].label") may have, by its own
     * name or, where that name means different things, by its parent's and its own ("subject.name").
     */
    public static int maxLength(String path) {
        String[] names = path.replaceAll("\\[[^]]*]", "").split("\\.");
        String name = names[names.length - 1];
        String qualified = names.length > 1 ? names[names.length - 2] + "." + name : name;
        Integer limit = BY_NAME.getOrDefault(qualified, BY_NAME.get(name));
        if (limit != null) {
            return limit;
        }
        if (isId(path)) {
            return ID;
        }
        return LONG;
    }

    /** Ids ("planId", "riskId") and lists of ids ("coversRisks") name things and keep an id's form. */
    public static boolean isId(String path) {
        String[] names = path.replaceAll("\\[[^]]*]", "").split("\\.");
        String name = names[names.length - 1];
        return name.equals("id") || name.endsWith("Id") || name.equals("coversRisks");
    }
}
