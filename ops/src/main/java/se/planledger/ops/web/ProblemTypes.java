package se.planledger.ops.web;

import org.springframework.http.HttpStatus;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every kind of problem the ledger answers with, by the name its {@code type} URI ends in ({@code /problems/<name>},
 * the title in lower case with dashes): what it means and what to do, in Swedish and English, for the page each
 * type resolves to. A kind the ledger names after an HTTP status alone (a refusal of the servlet container or of
 * Spring, "not-found", "method-not-allowed") is explained by its status.
 */
public final class ProblemTypes {

    public static final String PATH = "/problems/";

    /** What a kind of problem means, in Swedish and in English. */
    public record Explanation(String name, int status, String title, String english, String swedishTitle,
                              String swedish) {
    }

    private static final Map<String, Explanation> KNOWN = new LinkedHashMap<>();

    static {
        known(400, "Invalid input", "A parameter, header or field of the body cannot be read or is not allowed; "
                        + "field names it as it was sent and detail says why. Nothing was recorded: correct it and send again.",
                "Ogiltig indata", "En parameter, ett huvud eller ett fält i innehållet kan inte läsas eller är inte tillåtet; "
                        + "field anger det som det skickades och detail varför. Inget registrerades: rätta och skicka igen.");
        known(404, "Unknown item", "The ledger holds nothing with that id, or nothing in force at asOf as known at "
                        + "knownAt; field names what was looked for.",
                "Okänd post", "Liggaren har inget med den identiteten, eller inget som gällde per asOf så som det var "
                        + "känt per knownAt; field anger vad som söktes.");
        known(409, "Stale version", "The item was changed after the revision sent as If-Match was read. Read it "
                        + "again, apply the change to what it says now and send the new ETag.",
                "Inaktuell version", "Posten har ändrats sedan versionen i If-Match lästes. Läs den igen, gör ändringen "
                        + "på det som gäller nu och skicka den nya ETag:en.");
        known(409, "Already exists", "Something with that id is recorded already; choose another id, or read the "
                        + "existing one.",
                "Finns redan", "Något med den identiteten är redan registrerat; välj en annan identitet eller läs det som finns.");
        known(409, "Concurrent change", "Someone else changed the same item at the same moment; read it again and retry.",
                "Samtidig ändring", "Någon annan ändrade samma post i samma ögonblick; läs den igen och försök på nytt.");
        known(409, "Request in progress", "A request with the same Idempotency-Key is being handled, or ended without a "
                        + "definite answer; retry after Retry-After seconds with the same key.",
                "Begäran pågår", "En begäran med samma Idempotency-Key behandlas, eller slutade utan säkert svar; försök "
                        + "igen efter Retry-After sekunder med samma nyckel.");
        known(413, "Too large", "The body or file is larger than the ledger takes; detail names the limit.",
                "För stort", "Innehållet eller filen är större än liggaren tar emot; detail anger gränsen.");
        known(403, "Not allowed", "Signed in, but without the role this needs, or recording a decision in the name "
                        + "of a body the user's roles do not decide for; field names it.",
                "Inte tillåtet", "Inloggad, men utan den roll som krävs, eller ett beslut i namnet av ett organ som "
                        + "användarens roller inte beslutar för; field anger vilket.");
        known(401, "Not signed in", "The request names no known user, or its credentials or token are not valid; "
                        + "sign in (HTTP Basic or a bearer token) and send it again.",
                "Inte inloggad", "Begäran anger ingen känd användare, eller dess inloggningsuppgifter eller token är "
                        + "ogiltiga; logga in (HTTP Basic eller en bearer-token) och skicka igen.");
        known(422, "Rule violated", "A rule of the ledger refuses the command (rule names it, with the figures where "
                        + "there are any); nothing was recorded.",
                "Regel bruten", "En regel i liggaren avvisar kommandot (rule anger vilken, med beloppen där sådana "
                        + "finns); inget registrerades.");
        known(422, "Idempotency key reused", "The Idempotency-Key was used before for a different request; use a new key "
                        + "for a new request.",
                "Idempotensnyckel återanvänd", "Idempotency-Key har redan använts för en annan begäran; använd en ny "
                        + "nyckel för en ny begäran.");
        known(428, "Revision required", "A write that revises what exists must name the revision it read: send the "
                        + "ETag of the GET as If-Match (or * for whatever is there now). Nothing was recorded.",
                "Version krävs", "En skrivning som ändrar något som finns måste ange versionen den läste: skicka "
                        + "GET-svarets ETag som If-Match (eller * för det som gäller nu). Inget registrerades.");
        known(503, "Storage unavailable", "The ledger's database or Axon Server cannot be reached just now; nothing was "
                        + "recorded unless a retry with the same Idempotency-Key says so. Retry after Retry-After seconds.",
                "Lagringen otillgänglig", "Liggarens databas eller Axon Server kan inte nås just nu; inget registrerades "
                        + "om inte ett nytt försök med samma Idempotency-Key säger annat. Försök igen efter Retry-After sekunder.");
        known(500, "Internal error", "The ledger could not answer, by a fault of its own; quote the incident id to its "
                        + "operators. Nothing was recorded unless the answer said so.",
                "Internt fel", "Liggaren kunde inte svara, av ett eget fel; ange incident-id:t till dess förvaltare. "
                        + "Inget registrerades om inte svaret sa det.");
    }

    private ProblemTypes() {
    }

    private static void known(int status, String title, String english, String swedishTitle, String swedish) {
        KNOWN.put(name(title), new Explanation(name(title), status, title, english, swedishTitle, swedish));
    }

    /** The type URI of a problem with this title: /problems/invalid-input. */
    public static URI of(String title) {
        return URI.create(PATH + name(title));
    }

    static String name(String title) {
        return title.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** Every kind the ledger names itself, in the catalogue's order. */
    public static Map<String, Explanation> known() {
        return Map.copyOf(KNOWN);
    }

    /** The explanation of a named kind, or of a kind named after an HTTP status; empty for any other name. */
    public static Optional<Explanation> explain(String name) {
        Explanation known = KNOWN.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        for (HttpStatus status : HttpStatus.values()) {
            if (status.isError() && name(status.getReasonPhrase()).equals(name)) {
                return Optional.of(new Explanation(name, status.value(), status.getReasonPhrase(),
                        "The HTTP status " + status.value() + " (" + status.getReasonPhrase() + "), answered before the "
                                + "request reached the ledger's own rules: by the web server or the framework (an unknown "
                                + "path, a method or media type the address does not take). detail says what was refused.",
                        "HTTP-status " + status.value(),
                        "HTTP-status " + status.value() + " (" + status.getReasonPhrase() + "), given innan begäran nådde "
                                + "liggarens egna regler: av webbservern eller ramverket (en okänd adress, en metod eller "
                                + "medietyp som adressen inte tar). detail säger vad som avvisades."));
            }
        }
        return Optional.empty();
    }
}
