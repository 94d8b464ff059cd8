package se.planledger.query.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One indicator's outcomes for a unit across every year and report period with an outcome, in the order they were
 * reported, each with the target it was judged against: the target's text as the plan states it and, where the text
 * is one figure for that report ("95 %", "DÅ08: 4,8%"), that figure, so a chart can draw the target beside the outcome.
 */
public record IndicatorTrendView(String planId, String indicatorId, String name, String measure, String unit,
                                 LocalDate asOf, Instant knownAt, List<ReportPoint> points) {

    public record ReportPoint(int year, String period, BigDecimal total, BigDecimal women, BigDecimal men, String target,
                        BigDecimal targetValue, String fulfilment, String trend, Integer revision) {

        /** As reports name the report: "DÅ08 2023". */
        public String label() {
            return period + " " + year;
        }
    }
}
