package se.planledger.command.plan;

import se.planledger.domain.followup.OutcomeValues;
import se.planledger.domain.plan.ReportingPeriod;

import java.util.Map;
import java.util.Optional;

/** How the plan files reported outcomes, and which one came before a period. */
final class OutcomeKey {

    private OutcomeKey() {
    }

    static String of(String indicatorId, String unit, int year, ReportingPeriod period) {
        return indicatorId + "|" + unit + "|" + sortable(year, period);
    }

    /** The unit's latest outcome for the indicator before the given period, if any. */
    static Optional<OutcomeValues> earlier(Map<String, OutcomeValues> outcomes, String indicatorId, String unit, int year,
                                           ReportingPeriod period) {
        String prefix = indicatorId + "|" + unit + "|";
        String current = sortable(year, period);
        return outcomes.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .filter(e -> e.getKey().substring(prefix.length()).compareTo(current) < 0)
                .max(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue);
    }

    private static String sortable(int year, ReportingPeriod period) {
        return year + "-" + period.orderInYear() + "-" + period.name();
    }
}
