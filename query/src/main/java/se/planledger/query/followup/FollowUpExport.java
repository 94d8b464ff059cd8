package se.planledger.query.followup;

import org.springframework.stereotype.Component;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.time.TimePoint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of the follow-up exports (written as CSV or XLSX by {@link se.planledger.query.export.SpreadsheetExport}):
 * a report period's outcomes in the layout the outcome import reads, and the follow-up table of a unit.
 */
@Component
public class FollowUpExport {

    /** The index of the column header in both exports. */
    public static final int HEADER_ROW = 1;

    /**
     * A report period's outcomes as known at knownAt, one line per stated value (T, K or M): period, unit,
     * indicator, column, value and source, as the outcome import reads them back.
     */
    public List<List<Object>> outcomeLines(String planId, int year, ReportingPeriod period,
                                           List<FollowUpReadModel.RecordedOutcome> outcomes, TimePoint at) {
        String stated = year + " " + period.label();
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Utfall " + stated, "plan", planId, "känt", at.knownAt().toString()));
        lines.add(List.of("period", "unit", "indicator", "column", "value", "source", "note"));
        for (FollowUpReadModel.RecordedOutcome o : outcomes) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            values.put("T", o.total());
            values.put("K", o.women());
            values.put("M", o.men());
            values.forEach((column, value) -> {
                if (value != null) {
                    lines.add(Arrays.asList(stated, o.unit(), o.indicatorId(), column, value, o.source(), o.note()));
                }
            });
        }
        return lines;
    }

    /** The follow-up table: per perspective each goal's judgement, then its indicators' targets and outcomes. */
    public List<List<Object>> reportLines(InterimReportView report, TimePoint at) {
        int year = report.year();
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Uppföljning " + report.period() + " " + year, report.unit(), "plan", report.planId(), "version",
                String.valueOf(report.planVersion()), "per", at.asOf(), "känt", at.knownAt().toString()));
        lines.add(List.of("Perspektiv", "Strategiskt mål", "Framgångsfaktor", "Styrmått", "Mål " + year, "Utfall", "K", "M",
                "Måluppfyllelse", "Utveckling", "Kommentar"));
        for (InterimReportView.Perspective perspective : report.perspectives()) {
            for (InterimReportView.Goal goal : perspective.goals()) {
                lines.add(Arrays.asList(perspective.label(), goal.name(), null, null, null, null, null, null,
                        ReportWords.fulfilment(goal.fulfilment()),
                        null, goal.narrative()));
                for (InterimReportView.Factor factor : goal.factors()) {
                    for (InterimReportView.Row row : factor.indicators()) {
                        lines.add(Arrays.asList(perspective.label(), goal.name(), factor.name(), row.name(), row.target(),
                                row.total(), row.women(), row.men(), ReportWords.fulfilment(row.fulfilment()),
                                ReportWords.trend(row.trend()), row.comment()));
                    }
                }
            }
        }
        return lines;
    }
}
