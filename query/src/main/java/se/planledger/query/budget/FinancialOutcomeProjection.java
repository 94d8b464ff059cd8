package se.planledger.query.budget;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.budget.FinancialFigures;
import se.planledger.domain.budget.FinancialOutcomeCorrected;
import se.planledger.domain.budget.FinancialOutcomeRecorded;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.query.audit.ProjectionTables;
import se.planledger.query.time.Recorded;
import se.planledger.query.version.GlobalIndex;
import se.planledger.query.version.VersionTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every reported and corrected financial outcome, insert-only. */
@Component
@ProcessingGroup(FinancialOutcomeProjection.GROUP)
public class FinancialOutcomeProjection extends ProjectionTables {

    public static final String GROUP = "financial-outcomes";
    /** Every report of every unit's follow-up, in force from the end of its period, corrections in the order recorded. */
    static final VersionTable REPORTS = VersionTable.of("financial_outcome_version", "global_index", "follow_up_id",
            "report_period").recordedOnly().numbered();


    public FinancialOutcomeProjection(JdbcTemplate jdbc) {
        super(GROUP, List.of(REPORTS.table()), jdbc);
    }

    @EventHandler
    void on(FinancialOutcomeRecorded event, EventMessage<?> message, TrackingToken position) {
        insert(event.followUpId(), event.period(), event.unit(), event.year(), event.figures(), event.source(), null,
                GlobalIndex.of(position), Recorded.of(message));
    }

    @EventHandler
    void on(FinancialOutcomeCorrected event, EventMessage<?> message, TrackingToken position) {
        insert(event.followUpId(), event.period(), event.unit(), event.year(), event.figures(), null, event.reason(),
                GlobalIndex.of(position), Recorded.of(message));
    }

    private void insert(String id, ReportingPeriod period, String unit, int year, FinancialFigures figures, String source,
                        String correction, long globalIndex, Recorded recorded) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("follow_up_id", id);
        row.put("report_period", period.name());
        row.put("global_index", globalIndex);
        row.put("unit", unit);
        row.put("report_year", year);
        row.put(VersionTable.VALID_FROM, period.endIn(year));
        row.put("period_result", figures.periodResult());
        row.put("period_target", figures.periodTarget());
        row.put("annual_forecast", figures.annualForecast());
        row.put("annual_target", figures.annualTarget());
        row.put("amount_unit", figures.amountUnit());
        row.put("source", source);
        row.put("correction", correction);
        REPORTS.insert(jdbc, row, recorded);
    }
}
