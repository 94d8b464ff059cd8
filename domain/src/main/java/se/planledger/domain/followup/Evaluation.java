package se.planledger.domain.followup;

import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.plan.item.GoodDirection;
import se.planledger.domain.target.StatedValue;
import se.planledger.domain.target.ValueForm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Judges an outcome against its target, for every target form the plans use, and tells its trend, both in the
 * indicator's good direction ({@link GoodDirection}: stated by the target's words or by the indicator). Where
 * neither says which way is better, an exact figure cannot be judged and says so; nothing is assumed. An exact
 * target counts as partly met when the outcome has come at least 90 % of the way (within 10 % of it for a target
 * to be on). A target stated per report ("DÅ04: 5,6% DÅ08: 4,8% ÅR: 4,9%") is judged against the report's own
 * figure. A direction ("Öka") with women and men but no total, on both sides, is judged for each apart. Rule
 * version 4: version 3 judged a direction on totals only (women and men alone were not assessable); version 2 could
 * not judge a target per report; version 1 took higher as better when nothing said otherwise.
 */
public final class Evaluation {

    public static final String VERSION = "4";
    private static final BigDecimal PARTLY = new BigDecimal("0.9");

    private Evaluation() {
    }

    /**
     * @param direction the indicator's good direction as stated (null: as the target's words say it, if they do)
     * @param reference the value to move from: the previous outcome, else the baseline's figure (may be null)
     * @param peer      the comparison value for targets versus peers (may be null)
     */
    public static Judgement judge(StatedValue target, GoodDirection direction, ReportingPeriod period,
                                  OutcomeValues outcome, OutcomeValues reference, BigDecimal peer) {
        ValueForm form = target == null ? new ValueForm.NoValue("") : target.form();
        direction = direction != null ? direction : GoodDirection.statedBy(target).orElse(null);
        if (form instanceof ValueForm.PerReport perReport) {
            Optional<ValueForm> reports = perReport.forPeriod(period);
            if (reports.isEmpty()) {
                return new Judgement(Fulfilment.NOT_ASSESSABLE, rule("per-report"), "the target is stated for DÅ04, "
                        + "DÅ08 and ÅR, not for " + period.label());
            }
            form = reports.get();
        }
                if (form instanceof ValueForm.Exact exact) {
            if (outcome.total() == null && outcome.women() != null && outcome.men() != null) {
                return bothGenders("exact", againstValue("exact", exact.comparison(), exact.value(), outcome.women(), direction),
                        againstValue("exact", exact.comparison(), exact.value(), outcome.men(), direction));
            }
            return againstValue("exact", exact.comparison(), exact.value(), outcome.total(), direction);
        }
        if (form instanceof ValueForm.ByMonth byMonth) {
            if (period != ReportingPeriod.AR && byMonth.month() == Month.DECEMBER) {
                return new Judgement(Fulfilment.NOT_ASSESSABLE, rule("by-month"),
                        "the target applies by " + byMonth.month() + "; judged in the annual report");
            }
            return againstValue("by-month", ValueForm.Comparison.EQUAL, byMonth.value(), outcome.total(), direction);
        }
        if (form instanceof ValueForm.PerGender perGender) {
            return bothGenders("per-gender",
                    againstValue("per-gender", ValueForm.Comparison.EQUAL, perGender.women(), outcome.women(), direction),
                    againstValue("per-gender", ValueForm.Comparison.EQUAL, perGender.men(), outcome.men(), direction));
        }
        if (form instanceof ValueForm.Direction trend) {
            if (outcome.total() == null && perGender(outcome) && reference != null && reference.total() == null
                    && perGender(reference)) {
                return bothGenders("direction", byDirection(trend.trend(), outcome.women(), reference.women()),
                        byDirection(trend.trend(), outcome.men(), reference.men()));
            }
            return byDirection(trend.trend(), outcome.total(), reference == null ? null : reference.total());
        }
        if (form instanceof ValueForm.RelativeChange change) {
            return byRelativeChange(change, outcome.total(), reference == null ? null : reference.total());
        }
        if (form instanceof ValueForm.VersusPeers) {
            if (peer == null || outcome.total() == null) {
                return new Judgement(Fulfilment.NOT_ASSESSABLE, rule("versus-peers"), "needs the peers' comparison value");
            }
            // Level with the peers: within 10 % of their value; better or worse: at least as good as they are.
            Judgement judged = againstValue("versus-peers", ValueForm.Comparison.EQUAL, peer, outcome.total(), direction);
            Fulfilment fulfilment = judged.fulfilment() == Fulfilment.PARTLY_MET
                    ? (direction == GoodDirection.ON_TARGET ? Fulfilment.MET : Fulfilment.NOT_MET) : judged.fulfilment();
            return new Judgement(fulfilment, rule("versus-peers"), outcome.total().toPlainString() + " against the peers' "
                    + peer.toPlainString());
        }
        return new Judgement(Fulfilment.NOT_ASSESSABLE, rule("no-target"), "the target's form allows no judgement: \""
                + (target == null ? "" : target.text()) + "\"");
    }

    /**
     * The outcome's movement from the reference, read in the indicator's good direction: towards the target's figure
     * for one to be on, unknown when no direction is stated.
     */
    public static Trend trend(StatedValue target, GoodDirection direction, OutcomeValues outcome, OutcomeValues reference) {
        direction = direction != null ? direction : GoodDirection.statedBy(target).orElse(null);
        if (outcome.total() == null || reference == null || reference.total() == null || direction == null) {
            return Trend.UNKNOWN;
        }
        int moved = outcome.total().compareTo(reference.total());
        if (moved == 0) {
            return Trend.UNCHANGED;
        }
        if (direction == GoodDirection.ON_TARGET) {
            Optional<BigDecimal> aim = figureOf(target);
            return aim.map(a -> outcome.total().subtract(a).abs().compareTo(reference.total().subtract(a).abs()) < 0
                    ? Trend.IMPROVING : Trend.WORSENING).orElse(Trend.UNKNOWN);
        }
        return (moved > 0) == (direction == GoodDirection.HIGHER_IS_BETTER) ? Trend.IMPROVING : Trend.WORSENING;
    }

    private static boolean perGender(OutcomeValues values) {
        return values.women() != null && values.men() != null;
    }

    private static Optional<BigDecimal> figureOf(StatedValue target) {
        return target != null && target.form() instanceof ValueForm.Exact exact ? Optional.of(exact.value()) : Optional.empty();
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

    private static Judgement againstValue(String name, ValueForm.Comparison comparison, BigDecimal target, BigDecimal value,
                                          GoodDirection direction) {
        if (value == null || target == null) {
            return new Judgement(Fulfilment.NOT_ASSESSABLE, rule(name), "no outcome value to compare");
        }
        if (comparison == ValueForm.Comparison.EQUAL && direction == null) {
            return new Judgement(Fulfilment.NOT_ASSESSABLE, rule(name), "neither the target nor the indicator says "
                    + "whether higher or lower is better; state the indicator's good direction");
        }
        if (comparison == ValueForm.Comparison.EQUAL && direction == GoodDirection.ON_TARGET) {
            return onTarget(name, target, value);
        }
        boolean up = comparison.higherIsBetter()
                || (comparison == ValueForm.Comparison.EQUAL && direction == GoodDirection.HIGHER_IS_BETTER);
        int against = value.compareTo(target);
        // "< 7 %" and "> 90 %" leave the figure itself out; every other bound takes it in.
        boolean met = comparison.strict() ? (up ? against > 0 : against < 0) : (up ? against >= 0 : against <= 0);
        if (met) {
            return new Judgement(Fulfilment.MET, rule(name), value.toPlainString() + " reaches " + target.toPlainString());
        }
        boolean close = up ? value.compareTo(target.multiply(PARTLY)) >= 0
                : target.signum() > 0 && value.compareTo(target.divide(PARTLY, 10, RoundingMode.HALF_UP)) <= 0;
        return new Judgement(close ? Fulfilment.PARTLY_MET : Fulfilment.NOT_MET, rule(name),
                value.toPlainString() + " against " + target.toPlainString() + (close ? " (within 10 %)" : ""));
    }

    /** A figure to be on: met when reached exactly, partly within 10 % of it. */
    private static Judgement onTarget(String name, BigDecimal target, BigDecimal value) {
        BigDecimal off = value.subtract(target).abs();
        Fulfilment fulfilment = off.signum() == 0 ? Fulfilment.MET
                : off.compareTo(target.abs().multiply(BigDecimal.ONE.subtract(PARTLY))) <= 0 ? Fulfilment.PARTLY_MET
                : Fulfilment.NOT_MET;
        return new Judgement(fulfilment, rule(name), value.toPlainString() + " against " + target.toPlainString()
                + " to be on");
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
