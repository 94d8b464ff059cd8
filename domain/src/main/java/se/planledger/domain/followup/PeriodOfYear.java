package se.planledger.domain.followup;

import se.planledger.domain.plan.ReportingPeriod;

import java.util.Comparator;

/**
 * A report's place in time: a reporting period of a year. Ordered as the reports follow each other, year by year
 * and within a year by {@link ReportingPeriod#orderInYear()}, so "the outcome before this one" has one meaning.
 */
public record PeriodOfYear(int year, ReportingPeriod period) implements Comparable<PeriodOfYear> {

    private static final Comparator<PeriodOfYear> ORDER = Comparator.comparingInt(PeriodOfYear::year)
            .thenComparingInt(p -> p.period().orderInYear());

    @Override
    public int compareTo(PeriodOfYear other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return year + " " + period.label();
    }
}
