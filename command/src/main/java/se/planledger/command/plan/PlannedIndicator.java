package se.planledger.command.plan;

import se.planledger.domain.followup.OutcomeValues;
import se.planledger.domain.followup.PeriodOfYear;
import se.planledger.domain.plan.PlanYears;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.plan.item.Indicator;
import se.planledger.domain.rejection.InvalidInput;

import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * An indicator as the plan holds it now, for the follow-up to check and judge outcomes against: its content, the
 * plan's years, and the outcomes of one unit that were recorded on the plan itself before follow-up had a boundary
 * of its own (plans drafted since hold none; see {@code OutcomeSeries}).
 */
public record PlannedIndicator(String planId, String indicatorId, Indicator indicator, PlanYears years,
                               NavigableMap<PeriodOfYear, OutcomeValues> recordedOnPlan) {

    public PlannedIndicator {
        recordedOnPlan = new TreeMap<>(recordedOnPlan);
    }

    /** Refuses an outcome the indicator cannot have: outside the plan's years, another period, missing or split values. */
    public void requireAccepts(int year, ReportingPeriod period, OutcomeValues values) {
        years.require("year", year);
        if (period == null || (!indicator.periods().isEmpty() && !indicator.periods().contains(period))) {
            throw new InvalidInput("period", indicatorId + " is reported in " + indicator.periods().stream()
                    .map(ReportingPeriod::label).toList() + ", not in " + (period == null ? "no period" : period.label()));
        }
        if (values == null || (values.total() == null && values.women() == null && values.men() == null)) {
            throw new InvalidInput("values", "an outcome gives a total or values for women (K) and men (M)");
        }
        if (!indicator.genderSplit() && (values.women() != null || values.men() != null)) {
            throw new InvalidInput(values.women() != null ? "values.women" : "values.men",
                    indicatorId + " is not split by gender; report its total");
        }
    }
}
