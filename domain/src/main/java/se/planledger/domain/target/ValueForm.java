package se.planledger.domain.target;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import se.planledger.domain.plan.ReportingPeriod;

import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Optional;

/**
 * How a baseline or target is stated. Each form keeps only what evaluation needs; the original text stays in
 * {@link StatedValue#text()}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "form")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ValueForm.Exact.class, name = "EXACT"),
        @JsonSubTypes.Type(value = ValueForm.ByMonth.class, name = "BY_MONTH"),
        @JsonSubTypes.Type(value = ValueForm.Direction.class, name = "DIRECTION"),
        @JsonSubTypes.Type(value = ValueForm.RelativeChange.class, name = "RELATIVE_CHANGE"),
        @JsonSubTypes.Type(value = ValueForm.PerGender.class, name = "PER_GENDER"),
        @JsonSubTypes.Type(value = ValueForm.PerTertial.class, name = "PER_TERTIAL"),
        @JsonSubTypes.Type(value = ValueForm.PerReport.class, name = "PER_REPORT"),
        @JsonSubTypes.Type(value = ValueForm.PerPart.class, name = "PER_PART"),
        @JsonSubTypes.Type(value = ValueForm.Unlabelled.class, name = "UNLABELLED"),
        @JsonSubTypes.Type(value = ValueForm.Uncertain.class, name = "UNCERTAIN"),
        @JsonSubTypes.Type(value = ValueForm.VersusPeers.class, name = "VERSUS_PEERS"),
        @JsonSubTypes.Type(value = ValueForm.NoValue.class, name = "NO_VALUE"),
        @JsonSubTypes.Type(value = ValueForm.Unknown.class, name = "UNKNOWN"),
        @JsonSubTypes.Type(value = ValueForm.Unparsed.class, name = "UNPARSED")
})
public sealed interface ValueForm {

    /**
     * How a figure bounds the outcome: none stated ("7 %"), at least ("minst", "≥"), at most ("högst", "max", "≤"),
     * or strictly above or below it (a bare "&gt;" or "&lt;": "&lt; 7 %" is not met by 7 % itself).
     */
    enum Comparison {
        EQUAL, AT_LEAST, AT_MOST, ABOVE, BELOW;

        /** Whether the bound says a higher outcome is the better one (at least, above). */
        public boolean higherIsBetter() {
            return this == AT_LEAST || this == ABOVE;
        }

        /** Whether the figure itself falls outside the bound (above, below). */
        public boolean strict() {
            return this == ABOVE || this == BELOW;
        }
    }

    enum Trend { INCREASE, DECREASE, MAINTAIN }

    enum PeerComparison { LEVEL_WITH_NATION, LOW_AND_STABLE_VERSUS_REGIONS, REDUCED_GAP, IMPROVED }

    /** "95 %", "43 000", "270", "≥ 80 %", "max 7 %", "&lt; 7 %". */
    record Exact(Comparison comparison, BigDecimal value, String unit) implements ValueForm {
    }

    /** "100 % i dec": the value to be reached by the end of that month. */
    record ByMonth(BigDecimal value, String unit, Month month) implements ValueForm {
    }

    /** "Öka", "Minska", "Behålla". */
    record Direction(Trend trend) implements ValueForm {
    }

    /** "Öka 5 %", "Minska med 50 % jmft med 2020". */
    record RelativeChange(Trend trend, BigDecimal percent, Integer comparedToYear) implements ValueForm {
    }

    /** "K 16,0 M 17,2", "K: 2403 M: 2515": women and men apart. */
    record PerGender(BigDecimal women, BigDecimal men, String unit) implements ValueForm {
    }

    /** "T1 81,5% T2 82,6% T3 79,8%": one value per tertial, each itself exact or per gender. */
    record PerTertial(ValueForm t1, ValueForm t2, ValueForm t3) implements ValueForm {

        /** The value stated for the tertial; none for the other reports (DÅ04, DÅ08, ÅR). */
        public Optional<ValueForm> forPeriod(ReportingPeriod period) {
            return Optional.ofNullable(switch (period) {
                case T1 -> t1;
                case T2 -> t2;
                case T3 -> t3;
                default -> null;
            });
        }
    }

    /** "DÅ04: 5,6% DÅ08: 4,8% ÅR: 4,9%": one value for each report of the year, the interim reports and the annual. */
    record PerReport(ValueForm april, ValueForm august, ValueForm year) implements ValueForm {

        /** The value stated for the report of the period; none for a tertial. */
        public Optional<ValueForm> forPeriod(ReportingPeriod period) {
            return Optional.ofNullable(switch (period) {
                case DA04 -> april;
                case DA08 -> august;
                case AR -> year;
                default -> null;
            });
        }
    }

    /** "Nybesök 1% Återbesök 27%": a figure for each named part of what the indicator measures. */
    record PerPart(List<Part> parts) implements ValueForm {
        public PerPart {
            parts = List.copyOf(parts);
        }
    }

    /** One named part of a {@link PerPart} value. */
    record Part(String label, ValueForm value) {
    }

    /**
     * "Fall: 60 % 50%": figures of one unit side by side, in the order written, with no word to tell what each one
     * is. Both are kept; none is judged against, since which of them an outcome compares with is not stated.
     */
    record Unlabelled(List<BigDecimal> values, String unit) implements ValueForm {
        public Unlabelled {
            values = List.copyOf(values);
        }
    }

    /** "78?": a figure the plan itself questions; kept, never judged against as if it were certain. */
    record Uncertain(BigDecimal value, String unit) implements ValueForm {
    }

    /** "I nivå med riket", "Minskad skillnad jmf 2021": judged against others once their value is recorded. */
    record VersusPeers(PeerComparison comparison) implements ValueForm {
    }

    /** "Under utredning", "målvärde saknas", blank: deliberately no value. */
    record NoValue(String reason) implements ValueForm {
    }

    /** "?": a value exists but is not known. */
    record Unknown() implements ValueForm {
    }

    /** Text the reader could not interpret; kept, never guessed at. */
    record Unparsed() implements ValueForm {
    }
}
