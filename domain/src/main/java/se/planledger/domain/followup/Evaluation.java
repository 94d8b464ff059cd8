package se.planledger.domain.followup;

import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.target.StatedValue;
import se.planledger.domain.target.ValueForm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Judges an outcome against its target, for every target form the plans use, and tells its trend. The good
 * direction of an indicator comes from its target (a direction or relative change says it; an exact target says
 * it against the baseline); without either, higher is taken as better. An exact target counts as partly met when
 * the outcome has come at least 90 % of the way.
 */
public final class Evaluation {

    public static final String VERSION = "1";
    private static final BigDecimal PARTLY = new BigDecimal("0.9");

    private Evaluation() {
    }

    /**
     * @param reference the value to move from: the previous outcome, else the baseline's figure (may be null)
     * @param peer      the comparison value for targets versus peers (may be null)
     */
    public static Judgement judge(StatedValue target, StatedValue baseline, ReportingPeriod period, OutcomeValues outcome,
                                  OutcomeValues reference, BigDecimal peer) {
        ValueForm form = target == null ? new ValueForm.NoValue("") : target.form();
        boolean higherIsBetter = higherIsBetter(target, baseline);
        if (form instanceof ValueForm.Exact exact) {
            if (outcome.total() == null && outcome.women() != null && outcome.men() != null) {
                return bothGenders("exact", againstValue("exact", exact.comparison(), exact.value(), outcome.women(), higherIsBetter),
                        againstValue("exact", exact.comparison(), exact.value(), outcome.men(), higherIsBetter));
            }
            return againstValue("exact", exact.comparison(), exact.value(), outcome.total(), higherIsBetter);
        }
        if (form instanceof ValueForm.ByMonth byMonth) {
            if (period != ReportingPeriod.AR && byMonth.month() == Month.DECEMBER) {
                return new Judgement(Fulfilment.NOT_ASSESSABLE, rule("by-month"),
                        "the target applies by " + byMonth.month() + "; judged in the annual report");
            }
            return againstValue("by-month", ValueForm.Comparison.EQUAL, byMonth.value(), outcome.total(), higherIsBetter);
        }
        if (form instanceof ValueForm.PerGender perGender) {
            return bothGenders("per-gender",
                    againstValue("per-gender", ValueForm.Comparison.EQUAL, perGender.women(), outcome.women(), higherIsBetter),
                    againstValue("per-gender", ValueForm.Comparison.EQUAL, perGender.men(), outcome.men(), higherIsBetter));
        }
        if (form instanceof ValueForm.Direction direction) {
            return byDirection(direction.trend(), outcome.total(), reference == null ? null : reference.total());
        }
        if (form instanceof ValueForm.RelativeChange change) {
            return byRelativeChange(change, outcome.total(), reference == null ? null : reference.total());
        }
        if (form instanceof ValueForm.VersusPeers) {
            if (peer == null || outcome.total() == null) {
                return new Judgement(Fulfilment.NOT_ASSESSABLE, rule("versus-peers"), "needs the peers' comparison value");
            }
            boolean asGood = higherIsBetter ? outcome.total().compareTo(peer) >= 0 : outcome.total().compareTo(peer) <= 0;
            return new Judgement(asGood ? Fulfilment.MET : Fulfilment.NOT_MET, rule("versus-peers"),
                    outcome.total().toPlainString() + " against the peers' " + peer.toPlainString());
        }
        return new Judgement(Fulfilment.NOT_ASSESSABLE, rule("no-target"), "the target's form allows no judgement: \""
                + (target == null ? "" : target.text()) + "\"");
    }

    /** The outcome's movement from the reference, read in the indicator's good direction. */
    public static Trend trend(StatedValue target, StatedValue baseline, OutcomeValues outcome, OutcomeValues reference) {
        if (outcome.total() == null || reference == null || reference.total() == null) {
            return Trend.UNKNOWN;
        }
        int moved = outcome.total().compareTo(reference.total());
        if (moved == 0) {
            return Trend.UNCHANGED;
        }
        return (moved > 0) == higherIsBetter(target, baseline) ? Trend.IMPROVING : Trend.WORSENING;
    }

    /** The baseline's figure to move from when there is no earlier outcome: a plain value, or the last tertial's. */
    public static Optional<OutcomeValues> baselineFigure(StatedValue baseline) {
        ValueForm form = baseline == null ? null : baseline.form();
        if (form instanceof ValueForm.PerTertial tertials) {
            form = tertials.t3();
        }
        if (form instanceof ValueForm.Exact exact) {
            return Optional.of(new OutcomeValues(exact.value(), null, null));
        }
        if (form instanceof ValueForm.PerGender perGender) {
            return Optional.of(new OutcomeValues(null, perGender.women(), perGender.men()));
        }
        return Optional.empty();
    }

    static boolean higherIsBetter(StatedValue target, StatedValue baseline) {
        ValueForm form = target == null ? null : target.form();
        if (form instanceof ValueForm.Direction direction) {
            return direction.trend() != ValueForm.Trend.DECREASE;
        }
        if (form instanceof ValueForm.RelativeChange change) {
            return change.trend() != ValueForm.Trend.DECREASE;
        }
        if (form instanceof ValueForm.Exact exact) {
            if (exact.comparison() != ValueForm.Comparison.EQUAL) {
                return exact.comparison() == ValueForm.Comparison.AT_LEAST;
            }
            Optional<BigDecimal> from = baselineFigure(baseline).map(OutcomeValues::total);
            return from.map(b -> exact.value().compareTo(b) >= 0).orElse(true);
        }
        if (form instanceof ValueForm.PerGender perGender) {
            Optional<OutcomeValues> from = baselineFigure(baseline).filter(b -> b.women() != null && b.men() != null);
            return from.map(b -> perGender.women().add(perGender.men()).compareTo(b.women().add(b.men())) >= 0).orElse(true);
        }
        return true;
    }

    private static Judgement againstValue(String name, ValueForm.Comparison comparison, BigDecimal target, BigDecimal value,
                                          boolean higherIsBetter) {
        if (value == null || target == null) {
            return new Judgement(Fulfilment.NOT_ASSESSABLE, rule(name), "no outcome value to compare");
        }
        boolean up = comparison == ValueForm.Comparison.AT_LEAST || (comparison == ValueForm.Comparison.EQUAL && higherIsBetter);
        boolean met = up ? value.compareTo(target) >= 0 : value.compareTo(target) <= 0;
        if (met) {
            return new Judgement(Fulfilment.MET, rule(name), value.toPlainString() + " reaches " + target.toPlainString());
        }
        boolean close = up ? value.compareTo(target.multiply(PARTLY)) >= 0
                : target.signum() > 0 && value.compareTo(target.divide(PARTLY, 10, RoundingMode.HALF_UP)) <= 0;
        return new Judgement(close ? Fulfilment.PARTLY_MET : Fulfilment.NOT_MET, rule(name),
                value.toPlainString() + " against " + target.toPlainString() + (close ? " (within 10 %)" : ""));
    }

    /** Women and men judged apart: met when both are, partly when one is. */
    private static Judgement bothGenders(String name, Judgement women, Judgement men) {
        if (women.fulfilment() == Fulfilment.NOT_ASSESSABLE || men.fulfilment() == Fulfilment.NOT_ASSESSABLE) {
            return new Judgement(Fulfilment.NOT_ASSESSABLE, rule(name), "needs outcomes for both women and men");
        }
        long met = Stream.of(women, men).filter(j -> j.fulfilment() == Fulfilment.MET).count();
        return new Judgement(met == 2 ? Fulfilment.MET : met == 1 ? Fulfilment.PARTLY_MET : Fulfilment.NOT_MET,
                rule(name), "women: " + women.explanation() + "; men: " + men.explanation());
    }

    private static Judgement byDirection(ValueForm.Trend wanted, BigDecimal value, BigDecimal reference) {
        if (value == null || reference == null) {
            return new Judgement(Fulfilment.NOT_ASSESSABLE, rule("direction"), "needs the outcome and a previous value or baseline");
        }
        int moved = value.compareTo(reference);
        Fulfilment fulfilment = switch (wanted) {
            case INCREASE -> moved > 0 ? Fulfilment.MET : moved == 0 ? Fulfilment.PARTLY_MET : Fulfilment.NOT_MET;
            case DECREASE -> moved < 0 ? Fulfilment.MET : moved == 0 ? Fulfilment.PARTLY_MET : Fulfilment.NOT_MET;
            case MAINTAIN -> moved == 0 ? Fulfilment.MET : Fulfilment.PARTLY_MET;
        };
        return new Judgement(fulfilment, rule("direction"), wanted + ": " + reference.toPlainString() + " → " + value.toPlainString());
    }

    private static Judgement byRelativeChange(ValueForm.RelativeChange change, BigDecimal value, BigDecimal reference) {
        if (value == null || reference == null) {
            return new Judgement(Fulfilment.NOT_ASSESSABLE, rule("relative-change"), "needs the outcome and the value it changes from");
        }
        BigDecimal factor = BigDecimal.ONE.add(change.percent().movePointLeft(2)
                .multiply(change.trend() == ValueForm.Trend.DECREASE ? BigDecimal.ONE.negate() : BigDecimal.ONE));
        BigDecimal required = reference.multiply(factor);
        boolean decrease = change.trend() == ValueForm.Trend.DECREASE;
        boolean met = decrease ? value.compareTo(required) <= 0 : value.compareTo(required) >= 0;
        boolean moved = decrease ? value.compareTo(reference) < 0 : value.compareTo(reference) > 0;
        return new Judgement(met ? Fulfilment.MET : moved ? Fulfilment.PARTLY_MET : Fulfilment.NOT_MET, rule("relative-change"),
                reference.toPlainString() + " → " + value.toPlainString() + ", required " + required.stripTrailingZeros().toPlainString());
    }

    private static String rule(String name) {
        return name + "@" + VERSION;
    }
}
