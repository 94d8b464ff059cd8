package se.planledger.domain.target;

import se.planledger.domain.money.SwedishNumber;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the forms of baselines and targets the plans write: an exact value ("95 %", "43 000"), a value by a month
 * ("100 % i dec"), a direction ("Öka", "Minska", "Behålla"), a relative change ("Öka 5 %", "Minska med 50 % jmft
 * med 2020"), per gender ("K 16,0 M 17,2"), tertials, relative to peers ("I nivå med riket") or none.
 */
final class StatedValueReader {

    private static final String NUMBER = "(\\d{1,3}(?:[ \\u00A0]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";
    private static final String UNIT = "\\s*(%|st|dagar|dygn|kr|tkr|mnkr|timmar|min|år)?";
    /** The year a figure is of, also of one tertial of it ("T1 2021: 68", the first tertial's figure of 2021). */
    private static final Pattern YEAR = Pattern.compile("^(?:T[1-3]\\s+)?((?:19|20)\\d{2})(?::|\\s|$)\\s*(.*)$");
    private static final Pattern EXACT = Pattern.compile("^(≥|>=|≤|<=|<|>|minst|högst|max|min)?\\s*" + NUMBER + UNIT + "$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BY_MONTH = Pattern.compile("^" + NUMBER + UNIT + "\\s+i\\s+([a-zåäö]{3})[a-zåäö]*\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PER_GENDER = Pattern.compile("^K:?\\s*" + NUMBER + UNIT + "\\s*,?\\s*M:?\\s*" + NUMBER
            + UNIT + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MEN_FIRST = Pattern.compile("^M:?\\s*" + NUMBER + UNIT + "\\s*,?\\s*K:?\\s*" + NUMBER
            + UNIT + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "Nybesök 1% Återbesök 27%": named parts, each with its figure apart from its name (by a space or a colon); a
     * name with a digit glued to it ("T1") is a heading, and its digit no figure.
     */
    private static final Pattern PART = Pattern.compile("\\s*([\\p{L}][\\p{L} -]*?)(?:\\s*:\\s*|\\s+)" + NUMBER + UNIT
            + "\\s*,?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Only the headings of the year's reports or tertials, with no figure under them ("T1 T2 T3"). */
    private static final Pattern HEADINGS_ONLY = Pattern.compile("^(?:(?:T[1-3]|DÅ\\s?\\d{2}|ÅR):?\\s*)+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words before the figures that only say what the year's figure is ("2021 års antal K 31 944 M 32 592"). */
    private static final Pattern YEARS_FIGURE = Pattern.compile("^års\\s+(antal|värde|utfall)\\s+", Pattern.UNICODE_CASE);
    private static final Pattern TERTIALS = Pattern.compile("^T1:?\\s*(.+?)\\s*T2:?\\s*(.+?)\\s*T3:?\\s*(.+)$");
    private static final Pattern REPORTS = Pattern.compile("^DÅ04:?\\s*(.+?)\\s*DÅ08:?\\s*(.+?)\\s*ÅR:?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DIRECTION = Pattern.compile("^(öka|minska|behålla)(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RELATIVE = Pattern.compile("^(?:med\\s*)?" + NUMBER + "\\s*%"
            + "(?:\\s*(?:jmft|jmf|jfr|jämfört)\\.?\\s*(?:med\\s*)?((?:19|20)\\d{2}))?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, ValueForm.PeerComparison> PEERS = Map.of(
            "i nivå med riket", ValueForm.PeerComparison.LEVEL_WITH_NATION,
            "låg och stabil nivå", ValueForm.PeerComparison.LOW_AND_STABLE_VERSUS_REGIONS,
            "minskad skillnad", ValueForm.PeerComparison.REDUCED_GAP,
            "förbättrat värde", ValueForm.PeerComparison.IMPROVED,
            "förbättring", ValueForm.PeerComparison.IMPROVED);
    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("maj", Month.MAY), Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER),
            Map.entry("okt", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

    private StatedValueReader() {
    }

    static StatedValue read(String original) {
        String text = original.replaceAll("[\\s\\u00A0]+", " ").trim();
        Matcher year = YEAR.matcher(text);
        if (year.matches()) {
            return new StatedValue(original, Integer.valueOf(year.group(1)), formOf(year.group(2), true));
        }
        return new StatedValue(original, null, formOf(text, false));
    }

    private static ValueForm formOf(String stated, boolean afterYear) {
        String text = YEARS_FIGURE.matcher(stated).replaceFirst("");
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return new ValueForm.NoValue(afterYear ? "only the year is stated" : "");
        }
        if (text.matches("\\?\\s*%?")) {
            return new ValueForm.Unknown();
        }
        if (lower.contains("saknas") || lower.contains("under utredning")) {
            return new ValueForm.NoValue(text);
        }
        if (HEADINGS_ONLY.matcher(text).matches()) {
            return new ValueForm.NoValue("only the headings are stated, no figure under them: " + text);
        }
        return tertials(text)
                .or(() -> reports(text))
                .or(() -> single(text))
                .or(() -> direction(text))
                .or(() -> peers(lower))
                .or(() -> parts(text))
                .orElseGet(ValueForm.Unparsed::new);
    }

    private static Optional<ValueForm> tertials(String text) {
        return threeFigures(TERTIALS, text).map(f -> new ValueForm.PerTertial(f.get(0), f.get(1), f.get(2)));
    }

    private static Optional<ValueForm> reports(String text) {
        return threeFigures(REPORTS, text).map(f -> new ValueForm.PerReport(f.get(0), f.get(1), f.get(2)));
    }

    /** The three figures the pattern's groups hold, when each is a single figure. */
    private static Optional<List<ValueForm>> threeFigures(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Optional<ValueForm>> figures = List.of(single(trimComma(m.group(1))), single(trimComma(m.group(2))),
                single(trimComma(m.group(3))));
        return figures.stream().allMatch(Optional::isPresent)
                ? Optional.of(figures.stream().map(Optional::get).toList()) : Optional.empty();
    }

    /** A single figure: exact, per gender (women or men first), or by a month. */
    private static Optional<ValueForm> single(String text) {
        Matcher gender = PER_GENDER.matcher(text);
        if (gender.matches()) {
            String unit = gender.group(2) != null ? gender.group(2) : gender.group(4);
            return Optional.of(new ValueForm.PerGender(number(gender.group(1)), number(gender.group(3)), unit));
        }
        Matcher menFirst = MEN_FIRST.matcher(text);
        if (menFirst.matches()) {
            String unit = menFirst.group(2) != null ? menFirst.group(2) : menFirst.group(4);
            return Optional.of(new ValueForm.PerGender(number(menFirst.group(3)), number(menFirst.group(1)), unit));
        }
        Matcher month = BY_MONTH.matcher(text);
        if (month.matches() && MONTHS.containsKey(month.group(3).toLowerCase(Locale.ROOT))) {
            return Optional.of(new ValueForm.ByMonth(number(month.group(1)), month.group(2),
                    MONTHS.get(month.group(3).toLowerCase(Locale.ROOT))));
        }
        Matcher exact = EXACT.matcher(text);
        if (exact.matches()) {
            return Optional.of(new ValueForm.Exact(comparison(exact.group(1)), number(exact.group(2)), exact.group(3)));
        }
        return Optional.empty();
    }

    private static Optional<ValueForm> direction(String text) {
        Matcher m = DIRECTION.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        ValueForm.Trend trend = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "öka" -> ValueForm.Trend.INCREASE;
            case "minska" -> ValueForm.Trend.DECREASE;
            default -> ValueForm.Trend.MAINTAIN;
        };
        String rest = m.group(2).trim();
        if (rest.isEmpty()) {
            return Optional.of(new ValueForm.Direction(trend));
        }
        Matcher relative = RELATIVE.matcher(rest);
        if (relative.matches()) {
            Integer year = relative.group(2) == null ? null : Integer.valueOf(relative.group(2));
            return Optional.of(new ValueForm.RelativeChange(trend, number(relative.group(1)), year));
        }
        return Optional.empty();
    }

    /** Two or more named parts that together make up the whole text, e.g. "Nybesök 1% Återbesök 27%". */
    private static Optional<ValueForm> parts(String text) {
        Matcher m = PART.matcher(text);
        List<ValueForm.Part> parts = new ArrayList<>();
        int end = 0;
        while (m.find() && m.start() == end) {
            parts.add(new ValueForm.Part(m.group(1).trim(), new ValueForm.Exact(ValueForm.Comparison.EQUAL,
                    number(m.group(2)), m.group(3))));
            end = m.end();
        }
        return parts.size() >= 2 && end == text.length()
                ? Optional.of(new ValueForm.PerPart(parts)) : Optional.empty();
    }

    private static Optional<ValueForm> peers(String lower) {
        return PEERS.entrySet().stream()
                .filter(e -> lower.contains(e.getKey()))
                .findFirst()
                .map(e -> new ValueForm.VersusPeers(e.getValue()));
    }

    private static ValueForm.Comparison comparison(String sign) {
        if (sign == null) {
            return ValueForm.Comparison.EQUAL;
        }
        return switch (sign.toLowerCase(Locale.ROOT)) {
            case "≥", ">=", "minst", "min" -> ValueForm.Comparison.AT_LEAST;
            case ">" -> ValueForm.Comparison.ABOVE;
            case "<" -> ValueForm.Comparison.BELOW;
            default -> ValueForm.Comparison.AT_MOST;
        };
    }

    private static BigDecimal number(String text) {
        return SwedishNumber.parse(text);
    }

    private static String trimComma(String text) {
        return text.replaceAll(",\\s*$", "").trim();
    }
}
