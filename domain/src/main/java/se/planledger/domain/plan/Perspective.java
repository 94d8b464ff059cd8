package se.planledger.domain.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import se.planledger.domain.rejection.InvalidInput;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/** The balanced scorecard's five perspectives: a fixed set, not items of the plan. */
public enum Perspective {
    SOCIETY("Samhälle"),
    CITIZEN("Medborgare"),
    OPERATIONS("Verksamhet"),
    EMPLOYEES("Medarbetare"),
    ECONOMY("Ekonomi");

    private final String label;

    Perspective(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads the English code or the Swedish label, with or without Swedish letters ("SAMHALLE"). */
    @JsonCreator
    public static Perspective parse(String text) {
        String wanted = plain(text);
        return Arrays.stream(values())
                .filter(p -> p.name().equals(wanted) || plain(p.label).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("perspective", "unknown perspective \"" + text
                        + "\"; one of Samhälle, Medborgare, Verksamhet, Medarbetare, Ekonomi"));
    }

    private static String plain(String text) {
        String s = text == null ? "" : text.trim();
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
    }
}
