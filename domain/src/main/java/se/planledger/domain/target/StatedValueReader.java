package se.planledger.domain.target;

import se.planledger.domain.money.SwedishNumber;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
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
     * A word of a part's name: letters, or a year within the name ("Prognos 2021 aug 274 kr"). A name with a digit
     * glued to it ("T1") is a heading, and its digit no figure.
     */
    private static final String NAME_WORD = "(?:[\\p{L}][\\p{L}-]*|(?:19|20)\\d{2})";
    /** One figure with its unit: not a part of a longer number, nor the name of the next part ("2018:"). */
    private static final String FIGURE = NUMBER + UNIT + "(?![\\p{L}\\d])(?!\\s*[:=])";
    /** One or more figures, the second and later without a name of their own ("60 % 50%", "67 %, 53%"). */
    private static final String FIGURES = FIGURE + "(?:\\s*,?\\s*" + FIGURE + ")*";
    private static final Pattern ONE_FIGURE = Pattern.compile(FIGURE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The figures at the start of what follows a year: that year's ("2021: 458 kr Prognos 2021 aug 274 kr"). */
    private static final Pattern LEADING_FIGURES = Pattern.compile("\\s*(" + FIGURES + ")\\s*,?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "Nybesök 1% Återbesök 27%", "2018: 36 721 005 st": named parts, each with its figures apart from its name (by
     * a space or a colon).
     */
    private static final Pattern PART = Pattern.compile("\\s*(" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")*)(?:\\s*:\\s*|\\s+)("
            + FIGURES + ")\\s*,?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where a text of parts named around their figures breaks into its parts: "19600 tom T2 2021, prognos …". */
    private static final Pattern SEGMENT_BREAK = Pattern.compile("\\s*[,()]\\s*");
    /** A figure standing anywhere in a part, its name before or after it ("19600 tom T2 2021", "möten 2021=28459"). */
    private static final Pattern LOOSE_FIGURE = Pattern.compile("(?<![\\p{L}\\d])" + NUMBER + UNIT + "(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern A_YEAR = Pattern.compile("(?:19|20)\\d{2}");
    /** Words that bound a figure or give its direction: they name no part ("Öka 5 %, minst 80 %" is no two parts). */
    private static final Pattern NO_NAME = Pattern.compile("^(?:öka|minska|behålla|minst|högst|max|min)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The year a figure is of, named after words that say which ("Årsprognos aug 2021: ?%"), when its figure is "?". */
    private static final Pattern NAMED_YEAR_UNKNOWN = Pattern.compile("^[\\p{L}][\\p{L} ]*?\\s((?:19|20)\\d{2})\\s*[:,]?\\s*\\?"
            + UNIT + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "78?": a figure the text itself questions. */
    private static final Pattern QUESTIONED = Pattern.compile("^" + NUMBER + UNIT + "\\s*\\?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
            return new StatedValue(original, Integer.valueOf(year.group(1)), formOf(year.group(2), year.group(1)));
        }
        Matcher namedYear = NAMED_YEAR_UNKNOWN.matcher(text);
        if (namedYear.matches()) {
            return new StatedValue(original, Integer.valueOf(namedYear.group(1)), new ValueForm.Unknown());
        }
        return new StatedValue(original, null, formOf(text, null));
    }

    /** The form of the text after the year it names ({@code year}, null when it names none first). */
    private static ValueForm formOf(String stated, String year) {
        boolean afterYear = year != null;
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
                .or(() -> questioned(text))
                .or(() -> parts(text, year))
                .or(() -> namedAroundTheirFigures(text))
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

    /**
     * Two or more named parts that together make up the whole text, e.g. "Nybesök 1% Återbesök 27%"; figures at the
     * start, right after the year, are that year's part ("2021: 1 064 430 st 2018: 36 721 005 st").
     */
    private static Optional<ValueForm> parts(String text, String year) {
        List<ValueForm.Part> parts = new ArrayList<>();
        int end = 0;
        Matcher leading = LEADING_FIGURES.matcher(text);
        if (year != null && leading.lookingAt()) {
            Optional<ValueForm> figures = figures(leading.group(1));
            if (figures.isEmpty()) {
                return Optional.empty();
            }
            parts.add(new ValueForm.Part(year, figures.get()));
            end = leading.end();
        }
        Matcher m = PART.matcher(text);
        while (end < text.length() && m.find(end) && m.start() == end) {
            Optional<ValueForm> figures = figures(m.group(2));
            if (figures.isEmpty() || NO_NAME.matcher(m.group(1).trim()).matches()) {
                return Optional.empty();
            }
            parts.add(new ValueForm.Part(m.group(1).trim(), figures.get()));
            end = m.end();
        }
        return parts.size() >= 2 && end == text.length()
                ? Optional.of(new ValueForm.PerPart(parts)) : Optional.empty();
    }

    /** A part's figures: one exact figure, or several of one unit with nothing to tell them apart (else none). */
    private static Optional<ValueForm> figures(String figures) {
        Matcher m = ONE_FIGURE.matcher(figures);
        List<BigDecimal> values = new ArrayList<>();
        List<String> units = new ArrayList<>();
        while (m.find()) {
            values.add(number(m.group(1)));
            units.add(m.group(2));
        }
        if (values.size() == 1) {
            return Optional.of(new ValueForm.Exact(ValueForm.Comparison.EQUAL, values.get(0), units.get(0)));
        }
        return units.stream().distinct().count() == 1
                ? Optional.of(new ValueForm.Unlabelled(values, units.get(0))) : Optional.empty();
    }

    /**
     * Parts set apart by commas or brackets, each with one figure and the words around it as its name, a year among
     * them no figure: "19600 tom T2 2021, prognos 35 000 2021(Totaltstartade möten 2021=28459)".
     */
    private static Optional<ValueForm> namedAroundTheirFigures(String text) {
        List<String> segments = SEGMENT_BREAK.splitAsStream(text).filter(s -> !s.isBlank()).toList();
        List<ValueForm.Part> parts = new ArrayList<>();
        for (String segment : segments) {
            Matcher m = LOOSE_FIGURE.matcher(segment);
            List<MatchResult> figures = new ArrayList<>();
            while (m.find()) {
                if (m.group(2) != null || !A_YEAR.matcher(m.group(1)).matches()) {
                    figures.add(m.toMatchResult());
                }
            }
            if (figures.size() != 1) {
                return Optional.empty();
            }
            MatchResult figure = figures.get(0);
            String label = (segment.substring(0, figure.start()) + " " + segment.substring(figure.end()))
                    .replaceAll("[=:]", " ").replaceAll("\\s+", " ").trim();
            if (!label.matches(".*\\p{L}.*") || NO_NAME.matcher(label).matches()) {
                return Optional.empty();
            }
            parts.add(new ValueForm.Part(label, new ValueForm.Exact(ValueForm.Comparison.EQUAL, number(figure.group(1)),
                    figure.group(2))));
        }
        return parts.size() >= 2 ? Optional.of(new ValueForm.PerPart(parts)) : Optional.empty();
    }

    private static Optional<ValueForm> questioned(String text) {
        Matcher m = QUESTIONED.matcher(text);
        return m.matches() ? Optional.of(new ValueForm.Uncertain(number(m.group(1)), m.group(2))) : Optional.empty();
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
