package se.planledger.domain.target;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.planledger.domain.target.ValueForm.ByMonth;
import se.planledger.domain.target.ValueForm.Comparison;
import se.planledger.domain.target.ValueForm.Direction;
import se.planledger.domain.target.ValueForm.Exact;
import se.planledger.domain.target.ValueForm.NoValue;
import se.planledger.domain.target.ValueForm.Part;
import se.planledger.domain.target.ValueForm.PeerComparison;
import se.planledger.domain.target.ValueForm.PerPart;
import se.planledger.domain.target.ValueForm.PerGender;
import se.planledger.domain.target.ValueForm.PerReport;
import se.planledger.domain.target.ValueForm.PerTertial;
import se.planledger.domain.target.ValueForm.RelativeChange;
import se.planledger.domain.target.ValueForm.Trend;
import se.planledger.domain.target.ValueForm.Uncertain;
import se.planledger.domain.target.ValueForm.Unknown;
import se.planledger.domain.target.ValueForm.Unlabelled;
import se.planledger.domain.target.ValueForm.Unparsed;
import se.planledger.domain.target.ValueForm.VersusPeers;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The baselines and targets as seeds 000 and 001 write them, each read into its form with the text kept. */
class StatedValueTest {

    static Stream<Arguments> seedTexts() {
        return Stream.of(
                arguments("2021 K: 2403 M: 2515", 2021, new PerGender(n("2403"), n("2515"), null)),
                arguments("Öka", null, new Direction(Trend.INCREASE)),
                arguments("Minska", null, new Direction(Trend.DECREASE)),
                arguments("Behålla", null, new Direction(Trend.MAINTAIN)),
                arguments("2021", 2021, new NoValue("only the year is stated")),
                arguments("43 000", null, new Exact(Comparison.EQUAL, n("43000"), null)),
                arguments("60 000", null, new Exact(Comparison.EQUAL, n("60000"), null)),
                arguments("270", null, new Exact(Comparison.EQUAL, n("270"), null)),
                arguments("95 %", null, new Exact(Comparison.EQUAL, n("95"), "%")),
                arguments("55%", null, new Exact(Comparison.EQUAL, n("55"), "%")),
                arguments("2021: T1 81,5% T2 82,6% T3 79,8%", 2021, new PerTertial(
                        new Exact(Comparison.EQUAL, n("81.5"), "%"), new Exact(Comparison.EQUAL, n("82.6"), "%"),
                        new Exact(Comparison.EQUAL, n("79.8"), "%"))),
                arguments("2021: T1 K 91,9% M 91,4% T2 K 91,5% M 91,6% T3 K 91,4% M 90,6%", 2021, new PerTertial(
                        new PerGender(n("91.9"), n("91.4"), "%"), new PerGender(n("91.5"), n("91.6"), "%"),
                        new PerGender(n("91.4"), n("90.6"), "%"))),
                arguments("2021: T1 K 42%, M 45% T2 K 42% M 43% T3 K 43%  M 46%", 2021, new PerTertial(
                        new PerGender(n("42"), n("45"), "%"), new PerGender(n("42"), n("43"), "%"),
                        new PerGender(n("43"), n("46"), "%"))),
                // Seed 004, "Total sjukfrånvaro" and "konsolideringsgrad": a figure for each report of the year.
                arguments("DÅ04: 5,6% DÅ08: 4,8% ÅR: 4,9%", null, new PerReport(new Exact(Comparison.EQUAL, n("5.6"), "%"),
                        new Exact(Comparison.EQUAL, n("4.8"), "%"), new Exact(Comparison.EQUAL, n("4.9"), "%"))),
                arguments("DÅ04: 61 % DÅ08: 62% ÅR: 64 %", null, new PerReport(new Exact(Comparison.EQUAL, n("61"), "%"),
                        new Exact(Comparison.EQUAL, n("62"), "%"), new Exact(Comparison.EQUAL, n("64"), "%"))),
                arguments("100 % i dec", null, new ByMonth(n("100"), "%", Month.DECEMBER)),
                arguments("2021 målvärde saknas K målvärde saknas M målvärde saknas", 2021,
                        new NoValue("målvärde saknas K målvärde saknas M målvärde saknas")),
                arguments("Öka med 20%", null, new RelativeChange(Trend.INCREASE, n("20"), null)),
                arguments("Öka 5 %", null, new RelativeChange(Trend.INCREASE, n("5"), null)),
                arguments("Minska 5 %", null, new RelativeChange(Trend.DECREASE, n("5"), null)),
                arguments("Minska med 50 % jmft med 2020", null, new RelativeChange(Trend.DECREASE, n("50"), 2020)),
                arguments("K 16,0 M 17,2", null, new PerGender(n("16.0"), n("17.2"), null)),
                arguments("I nivå med riket", null, new VersusPeers(PeerComparison.LEVEL_WITH_NATION)),
                arguments("Låg och stabil nivå jfr med andra regioner", null,
                        new VersusPeers(PeerComparison.LOW_AND_STABLE_VERSUS_REGIONS)),
                arguments("Minskad skillnad jmf 2021", null, new VersusPeers(PeerComparison.REDUCED_GAP)),
                arguments("Förbättrat värde", null, new VersusPeers(PeerComparison.IMPROVED)),
                arguments("Under utredning", null, new NoValue("Under utredning")),
                arguments("", null, new NoValue("")),
                arguments("?", null, new Unknown()),
                // "Antal slutförda ärenden (triage)": the count through T2 2021, the forecast for 2021 and, in
                // brackets, the meetings started in 2021, each named by the words around its figure.
                arguments("19600 tom T2 2021, prognos 35 000 2021(Totaltstartade möten 2021=28459)", null, new PerPart(List.of(
                        part("tom T2 2021", "19600", null),
                        part("prognos 2021", "35000", null),
                        part("Totaltstartade möten 2021", "28459", null)))),
                arguments("Senast tidigare mätning", null, new Unparsed()),
                arguments("Tidigare mätning", null, new Unparsed()));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("seedTexts")
    void readsEachSeedFormAndKeepsTheText(String text, Integer year, ValueForm form) {
        StatedValue value = StatedValue.parse(text);

        assertThat(value.text()).isEqualTo(text);
        assertThat(value.year()).isEqualTo(year);
        assertThat(value.form()).isEqualTo(form);
    }

    @Test
    void textItCannotReadIsKeptNotRefused() {
        StatedValue value = StatedValue.parse("Enligt plan för 2024 (se bilaga)");

        assertThat(value.form()).isInstanceOf(Unparsed.class);
        assertThat(value.text()).isEqualTo("Enligt plan för 2024 (se bilaga)");
        assertThat(value.isAssessable()).isFalse();
        // Words that bound a figure or tell its direction name no part: two such targets in one text are not parts.
        assertThat(StatedValue.parse("Öka 5 %, minst 80 %").form()).isInstanceOf(Unparsed.class);
        assertThat(StatedValue.parse("Minska 5 % Högst 80 %").form()).isInstanceOf(Unparsed.class);
    }

    @Test
    void onlyFormsWithAFigureOrADirectionCanBeAssessed() {
        assertThat(StatedValue.parse("95 %").isAssessable()).isTrue();
        assertThat(StatedValue.parse("Öka").isAssessable()).isTrue();
        assertThat(StatedValue.parse("I nivå med riket").isAssessable()).isFalse();
        assertThat(StatedValue.parse("?").isAssessable()).isFalse();
        assertThat(StatedValue.parse(null).text()).isEmpty();
    }

    @Test
    void perGenderFiguresAreReadWhicheverComesFirstAndWhateverWordsNameTheYear() {
        assertThat(StatedValue.parse("M: 17,2 % K:16 %").form()).isEqualTo(new PerGender(n("16"), n("17.2"), "%"));
        assertThat(StatedValue.parse("K15,0 M15,5").form()).isEqualTo(new PerGender(n("15.0"), n("15.5"), null));
        StatedValue count = StatedValue.parse("2021 års antal K 31 944 M 32 592");
        assertThat(count.year()).isEqualTo(2021);
        assertThat(count.form()).isEqualTo(new PerGender(n("31944"), n("32592"), null));
        assertThat(count.text()).isEqualTo("2021 års antal K 31 944 M 32 592");
    }

    @Test
    void aTertialsFigureOfAYearIsReadAsThatYearsFigure() {
        // Seed 001 gives last year's first tertial to compare the first tertial with: "Antal fallskador T1 2021: 68".
        StatedValue falls = StatedValue.parse("T1 2021: 68");
        assertThat(falls.year()).isEqualTo(2021);
        assertThat(falls.form()).isEqualTo(new Exact(Comparison.EQUAL, n("68"), null));
        assertThat(falls.text()).isEqualTo("T1 2021: 68");
        assertThat(StatedValue.parse("T1 2021: K 176 M 139").form()).isEqualTo(new PerGender(n("176"), n("139"), null));
    }

    @Test
    void namedPartsAreReadEachWithItsFigure() {
        StatedValue visits = StatedValue.parse("2021: Nybesök 1% Återbesök 27%");
        assertThat(visits.year()).isEqualTo(2021);
        assertThat(visits.form()).isEqualTo(new PerPart(List.of(part("Nybesök", "1", "%"), part("Återbesök", "27", "%"))));
    }

    @Test
    void figuresOfOtherYearsAndForecastsAreReadAsPartsNamedAsTheTextNamesThem() {
        // "Antal kg engångsartiklar": 2021's count with 2018's beside it; the text's first year names the first figure.
        StatedValue disposables = StatedValue.parse("2021: 1 064 430 st 2018: 36 721 005 st");
        assertThat(disposables.year()).isEqualTo(2021);
        assertThat(disposables.form()).isEqualTo(new PerPart(List.of(part("2021", "1064430", "st"), part("2018", "36721005", "st"))));
        // "Skillnad i regionens läkemedelskostnad": 2021's difference, and August's forecast for 2021.
        StatedValue drugCost = StatedValue.parse("2021: 458 kr Prognos 2021 aug 274 kr");
        assertThat(drugCost.year()).isEqualTo(2021);
        assertThat(drugCost.form()).isEqualTo(new PerPart(List.of(part("2021", "458", "kr"), part("Prognos 2021 aug", "274", "kr"))));
        assertThat(drugCost.text()).isEqualTo("2021: 458 kr Prognos 2021 aug 274 kr");
        assertThat(drugCost.isAssessable()).isFalse();
    }

    @Test
    void twoFiguresOfAPartThatTheTextDoesNotTellApartAreBothKeptInTheirOrder() {
        // "Andel riskbedömningar ... fall och trycksår": two figures for each risk, neither named.
        StatedValue assessments = StatedValue.parse("2021: Fall: 60 % 50% Trycksår: 67 %, 53%");
        assertThat(assessments.year()).isEqualTo(2021);
        assertThat(assessments.form()).isEqualTo(new PerPart(List.of(
                new Part("Fall", new Unlabelled(List.of(n("60"), n("50")), "%")),
                new Part("Trycksår", new Unlabelled(List.of(n("67"), n("53")), "%")))));
        assertThat(assessments.isAssessable()).isFalse();
    }

    @Test
    void aFigureThePlanItselfQuestionsIsKeptAsUncertain() {
        // "Totalindex i mätningen Hållbart medarbetarengagemang (HME)": baseline "78?".
        StatedValue index = StatedValue.parse("78?");
        assertThat(index.form()).isEqualTo(new Uncertain(n("78"), null));
        assertThat(index.isAssessable()).isFalse();
        assertThat(index.text()).isEqualTo("78?");
    }

    @Test
    void anUnknownFigureWithItsUnitIsUnknownNotUnparsed() {
        assertThat(StatedValue.parse("2021 ? %").form()).isEqualTo(new Unknown());
        // "Regionens balanskravsresultat" and "Alla divisioner ... inom budget": August's forecast for 2021, not known.
        StatedValue result = StatedValue.parse("Årsprognos aug 2021: ?%");
        assertThat(result.form()).isEqualTo(new Unknown());
        assertThat(result.year()).isEqualTo(2021);
        assertThat(StatedValue.parse("Årsprognos aug 2021, ? mnkr").form()).isEqualTo(new Unknown());
    }

    /**
     * Every baseline and target text of seeds 000 and 001, with the form it is read as and the figures read from it
     * (a data file under test; its header says how the figures are written).
     */
    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvFileSource(resources = "/stated-values-seeds.csv", delimiter = '|')
    void everyTextOfTheSeedsIsReadAsListed(String text, String form, String figures) {
        StatedValue read = StatedValue.parse(text);
        assertThat(read.form().getClass().getSimpleName()).isEqualTo(form);
        assertThat(figures(read)).isEqualTo(figures == null ? "" : figures);
        assertThat(read.text()).isEqualTo(text == null ? "" : text);
    }

    @Test
    void onlyTheHeadingsOfTheTertialsAreNoFigures() {
        // Seed 000's baseline "2021 T1 T2 T3": the table's headings with nothing under them, not the values 1, 2, 3.
        StatedValue headings = StatedValue.parse("2021 T1 T2 T3");
        assertThat(headings.year()).isEqualTo(2021);
        assertThat(headings.form()).isInstanceOf(NoValue.class);
        assertThat(headings.isAssessable()).isFalse();
        assertThat(headings.text()).isEqualTo("2021 T1 T2 T3");
        assertThat(StatedValue.parse("DÅ04 DÅ08 ÅR").form()).isInstanceOf(NoValue.class);
        assertThat(StatedValue.parse("2021 T1 12% T2 9% T3 12%").form()).as("headings with their figures")
                .isEqualTo(new PerTertial(new Exact(Comparison.EQUAL, n("12"), "%"), new Exact(Comparison.EQUAL, n("9"), "%"),
                        new Exact(Comparison.EQUAL, n("12"), "%")));
    }

    @Test
    void aSignOrAWordBeforeAFigureIsItsBound() {
        assertThat(StatedValue.parse("< 7 %").form()).isEqualTo(new Exact(Comparison.BELOW, n("7"), "%"));
        assertThat(StatedValue.parse("<7%").form()).isEqualTo(new Exact(Comparison.BELOW, n("7"), "%"));
        assertThat(StatedValue.parse("> 90 %").form()).isEqualTo(new Exact(Comparison.ABOVE, n("90"), "%"));
        assertThat(StatedValue.parse("max 7 %").form()).isEqualTo(new Exact(Comparison.AT_MOST, n("7"), "%"));
        assertThat(StatedValue.parse("högst 7 %").form()).isEqualTo(new Exact(Comparison.AT_MOST, n("7"), "%"));
        assertThat(StatedValue.parse("<= 7 %").form()).isEqualTo(new Exact(Comparison.AT_MOST, n("7"), "%"));
        assertThat(StatedValue.parse("minst 70 %").form()).isEqualTo(new Exact(Comparison.AT_LEAST, n("70"), "%"));
        assertThat(StatedValue.parse("≥ 70 %").form()).isEqualTo(new Exact(Comparison.AT_LEAST, n("70"), "%"));
        assertThat(StatedValue.parse("2022: < 7 %").year()).isEqualTo(2022);
    }

    /** The figures a value holds, as the seeds' data file lists them. */
    private static String figures(StatedValue value) {
        List<String> figures = new ArrayList<>();
        if (value.year() != null) {
            figures.add("year=" + value.year());
        }
        figures(value.form(), "", figures);
        return String.join(";", figures);
    }

    private static void figures(ValueForm form, String prefix, List<String> figures) {
        if (form instanceof Exact exact) {
            figures.add((prefix.isEmpty() ? "T" : prefix) + sign(exact.comparison()) + exact.value().toPlainString());
        } else if (form instanceof ByMonth byMonth) {
            figures.add(byMonth.month().name().substring(0, 3).toLowerCase(Locale.ROOT) + "=" + byMonth.value().toPlainString());
        } else if (form instanceof PerGender gender) {
            if (gender.women() != null) {
                figures.add(prefix + (prefix.isEmpty() ? "" : ".") + "K=" + gender.women().toPlainString());
            }
            if (gender.men() != null) {
                figures.add(prefix + (prefix.isEmpty() ? "" : ".") + "M=" + gender.men().toPlainString());
            }
        } else if (form instanceof PerTertial tertials) {
            figures(tertials.t1(), "T1", figures);
            figures(tertials.t2(), "T2", figures);
            figures(tertials.t3(), "T3", figures);
        } else if (form instanceof PerReport reports) {
            figures(reports.april(), "DÅ04", figures);
            figures(reports.august(), "DÅ08", figures);
            figures(reports.year(), "ÅR", figures);
        } else if (form instanceof PerPart parts) {
            parts.parts().forEach(p -> figures(p.value(), p.label(), figures));
        } else if (form instanceof Unlabelled unlabelled) {
            figures.add(prefix + "=" + String.join(",", unlabelled.values().stream().map(BigDecimal::toPlainString).toList()));
        } else if (form instanceof Uncertain uncertain) {
            figures.add((prefix.isEmpty() ? "T" : prefix) + "=" + uncertain.value().toPlainString() + "?");
        } else if (form instanceof Direction direction) {
            figures.add(direction.trend().name());
        } else if (form instanceof RelativeChange change) {
            figures.add(change.trend().name() + "=" + change.percent().toPlainString());
            if (change.comparedToYear() != null) {
                figures.add("jmft=" + change.comparedToYear());
            }
        } else if (form instanceof VersusPeers peers) {
            figures.add(peers.comparison().name());
        }
        // NoValue, Unknown and Unparsed hold no figure.
    }

    private static String sign(Comparison comparison) {
        return switch (comparison) {
            case EQUAL -> "=";
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case ABOVE -> ">";
            case BELOW -> "<";
        };
    }

    /** A part with one figure, none of it bounded. */
    private static Part part(String label, String figure, String unit) {
        return new Part(label, new Exact(Comparison.EQUAL, n(figure), unit));
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }
}
