package se.planledger.ops.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verification's reasons in the verification page's Swedish, by how each reason begins (the reasons themselves
 * stay the API's English, which scripts match on); a reason without a translation is shown as it is.
 */
final class ChainWords {

    private static final Map<String, String> REASONS = new LinkedHashMap<>();

    static {
        REASONS.put("a seal without its event", "ett sigill utan sin händelse: händelsen som förseglades här har tagits bort");
        REASONS.put("another event stands where", "en annan händelse står där en annan förseglades");
        REASONS.put("the seal differs", "sigillet stämmer inte: händelsens lagrade innehåll (data, metadata, tidpunkt "
                + "eller annan kolumn) har ändrats efter förseglingen, eller sigillet har skrivits om");
        REASONS.put("an event without a seal below the head", "en händelse utan sigill under huvudsigillet: infogad "
                + "efter att händelserna runt den förseglades");
        REASONS.put("the chain does not extend the head written down", "kedjan bygger inte vidare på huvudsigillet "
                + "som skrevs ner: historiken sedan dess har ändrats");
        REASONS.put("its stored bytes changed", "dess lagrade innehåll har ändrats efter att den skrevs");
        REASONS.put("no digest was recorded", "ingen kontrollsumma registrerades när den skrevs");
        REASONS.put("its state is not the one its sealed events give", "dess tillstånd är inte det som dess förseglade "
                + "händelser ger: den har skrivits om, med sin kontrollsumma");
    }

    private ChainWords() {
    }

    static String of(String reason) {
        return REASONS.entrySet().stream().filter(e -> reason.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(reason);
    }
}
