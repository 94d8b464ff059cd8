package se.planledger.query.budget;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.budget.FinancialFigures;
import se.planledger.domain.budget.FinancialOutcomeCorrected;
import se.planledger.domain.budget.FinancialOutcomeRecorded;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.query.audit.ProjectionTables;
import se.planledger.query.time.Recorded;

import java.util.List;

/** Every reported and corrected financial outcome, insert-only. */
@Component
@ProcessingGroup(FinancialOutcomeProjection.GROUP)
public class FinancialOutcomeProjection extends ProjectionTables {

    public static final String GROUP = "financial-outcomes";
    private static final List<String> TABLES = List.of("financial_outcome_version");


    public FinancialOutcomeProjection(JdbcTemplate jdbc) {
        super(GROUP, TABLES, jdbc);
    }

    @EventHandler
    void on(FinancialOutcomeRecorded event, EventMessage<?> message) {
        insert(event.followUpId(), event.period(), event.unit(), event.year(), event.figures(), event.source(), null,
                Recorded.of(message));
    }

    @EventHandler
    void on(FinancialOutcomeCorrected event, EventMessage<?> message) {
        insert(event.followUpId(), event.period(), event.unit(), event.year(), event.figures(), null, event.reason(),
                Recorded.of(message));
    }

    private void insert(String id, ReportingPeriod period, String unit, int year, FinancialFigures figures, String source,
                        String correction, Recorded recorded) {
        Integer revision = jdbc.queryForObject("select coalesce(max(revision), 0) + 1 from financial_outcome_version "
                + "where follow_up_id = ? and report_period = ?", Integer.class, id, period.name());
        jdbc.update("insert into financial_outcome_version (follow_up_id, report_period, revision, unit, report_year, "
                        + "period_end, period_result, period_target, annual_forecast, annual_target, amount_unit, source, "
                        + "correction, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, period.name(), revision, unit, year, period.endIn(year), figures.periodResult(),
                figures.periodTarget(), figures.annualForecast(), figures.annualTarget(), figures.amountUnit(), source,
                correction, recorded.timestamp(), recorded.by());
    }
}
