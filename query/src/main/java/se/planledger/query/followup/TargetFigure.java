package se.planledger.query.followup;

import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.target.ValueForm;

import java.math.BigDecimal;

/**
 * The one figure a target states for a report, to draw beside the outcome: "95 %" is 95 in every report, "100 % i dec"
 * is 100 (the figure aimed at by that month), "DÅ04: 5,6% DÅ08: 4,8% ÅR: 4,9%" is 4,8 in DÅ08, "T1 81,5% T2 82,6%…"
 * is 82,6 in T2. A direction, a change, a figure per gender or per part, or a report the target names no figure for
 * have none (null): the target's text stands alone.
 */
final class TargetFigure {

    private TargetFigure() {
    }

    static BigDecimal of(ValueForm form, ReportingPeriod period) {
        if (form instanceof ValueForm.Exact exact) {
            return exact.value();
        }
        if (form instanceof ValueForm.ByMonth byMonth) {
            return byMonth.value();
        }
        if (form instanceof ValueForm.PerReport perReport) {
            return perReport.forPeriod(period).map(own -> of(own, period)).orElse(null);
        }
        if (form instanceof ValueForm.PerTertial perTertial) {
            return perTertial.forPeriod(period).map(own -> of(own, period)).orElse(null);
        }
        return null;
    }
}
