package se.planledger.query.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The follow-up table of an interim or annual report, as seeds 001 and 004 lay it out: per perspective, strategic
 * goal (with the board's judgement), success factor and indicator: target, outcome (total, K, M), fulfilment, trend
 * and comment; with the summary over all goals.
 */
public record InterimReportView(String planId, String unit, int year, String period, LocalDate asOf, Instant knownAt,
                                int planVersion, Summary summary, List<Perspective> perspectives, List<Work> assignments) {

    /** Whether the report has any activity or assignment to follow up (the page shows their table only then). */
    public boolean followsUpWork() {
        return !assignments.isEmpty() || perspectives.stream().flatMap(p -> p.goals().stream())
                .flatMap(g -> g.factors().stream()).anyMatch(f -> !f.activities().isEmpty());
    }

    public record Summary(int goals, int met, int partlyMet, int notMet, int notJudged) {
    }

    public record Perspective(String label, List<Goal> goals) {
    }

    public record Goal(String goalId, String name, String fulfilment, String narrative, List<Factor> factors) {
    }

    public record Factor(String factorId, String name, List<Row> indicators, List<Work> activities) {
    }

    /**
     * An activity or assignment and its status at the report, with the comment ("Uppföljning av åtgärder"). The
     * status is null both where nothing is reported and where the report gave a comment but stated no status.
     */
    public record Work(String itemId, String name, String status, String comment) {

        /** The status as the report's column reads: "NOT_STATED" for a comment without one, "NONE" for no report. */
        public String statusShown() {
            return status != null ? status : comment != null ? "NOT_STATED" : "NONE";
        }
    }

    public record Row(String indicatorId, String name, String target, String baseline, BigDecimal total, BigDecimal women,
                      BigDecimal men, String fulfilment, String rule, String trend, String comment, String correction,
                      Integer revision) {
    }
}
