package se.planledger.command.followup;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import se.planledger.command.plan.PlannedIndicator;
import se.planledger.command.plan.PlannedIndicators;
import se.planledger.domain.followup.CorrectOutcome;
import se.planledger.domain.followup.RecordOutcome;
import se.planledger.domain.followup.RecordOutcomes;
import se.planledger.domain.followup.ReevaluateOutcome;
import se.planledger.domain.followup.ReportingUnit;
import se.planledger.domain.rejection.Rejection;
import se.planledger.domain.rejection.RowErrors;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes outcome commands to their {@link OutcomeSeries}, with the indicator as the plan holds it. All outcomes of one
 * command (an import's rows too) are recorded in one unit of work: in one transaction, all of them or none.
 */
@Component
public class OutcomeCommandHandler {

    private final Repository<OutcomeSeries> series;
    private final PlannedIndicators indicators;

    public OutcomeCommandHandler(@Qualifier("outcomeSeriesRepository") Repository<OutcomeSeries> series,
                                 PlannedIndicators indicators) {
        this.series = series;
        this.indicators = indicators;
    }

    @CommandHandler
    public void handle(RecordOutcome command) throws Exception {
        onSeries(command.planId(), command.indicatorId(), command.unit(),
                (series, unit, planned) -> series.record(command, unit, planned));
    }

    @CommandHandler
    public void handle(CorrectOutcome command) throws Exception {
        onSeries(command.planId(), command.indicatorId(), command.unit(),
                (series, unit, planned) -> series.correct(command, unit, planned));
    }

    @CommandHandler
    public void handle(ReevaluateOutcome command) throws Exception {
        onSeries(command.planId(), command.indicatorId(), command.unit(),
                (series, unit, planned) -> series.reevaluate(command, unit, planned));
    }

    /**
     * Every row is tried in order, each against the rows before it (a repeated row is refused as reported once);
     * any refusal names its row and undoes the whole unit of work, so nothing of the file is recorded.
     */
    @CommandHandler
    public void handle(RecordOutcomes command) throws Exception {
        List<RowErrors.RowError> errors = new ArrayList<>();
        for (int i = 0; i < command.outcomes().size(); i++) {
            try {
                handle(command.outcomes().get(i));
            } catch (Rejection rejection) {
                errors.add(new RowErrors.RowError(i + 1, rejection.field(), rejection.reason()));
            }
        }
        if (!errors.isEmpty()) {
            throw new RowErrors(errors);
        }
    }

    /** What a command does to the series of its indicator and unit, given the indicator as the plan holds it. */
    private interface SeriesWork {
        void on(OutcomeSeries series, String unit, PlannedIndicator planned);
    }

    private void onSeries(String planId, String indicatorId, String namedUnit, SeriesWork work) throws Exception {
        String unit = ReportingUnit.orWholeRegion(namedUnit);
        PlannedIndicator planned = indicators.find(planId, indicatorId, unit);
        series.loadOrCreate(OutcomeSeries.idOf(planId, indicatorId, unit), OutcomeSeries::new)
                .execute(s -> work.on(s, unit, planned));
    }
}
