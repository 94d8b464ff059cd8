package se.planledger.command.followup;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.planledger.command.plan.PlannedIndicator;
import se.planledger.domain.followup.CorrectOutcome;
import se.planledger.domain.followup.Evaluation;
import se.planledger.domain.followup.Judgement;
import se.planledger.domain.followup.OutcomeCorrected;
import se.planledger.domain.followup.OutcomeRecorded;
import se.planledger.domain.followup.OutcomeValues;
import se.planledger.domain.followup.PeriodOfYear;
import se.planledger.domain.followup.RecordOutcome;
import se.planledger.domain.followup.Trend;
import se.planledger.domain.plan.item.GoodDirection;
import se.planledger.domain.plan.item.Indicator;
import se.planledger.domain.rejection.Required;
import se.planledger.domain.rejection.RuleViolation;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.target.StatedValue;
import se.planledger.domain.target.ValueForm;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The outcomes of one indicator for one unit, period by period: the follow-up's consistency boundary. Recording an
 * outcome loads only this series (a few reports a year), never the plan's whole follow-up, so its cost does not grow
 * with the outcomes of other indicators and units. Each outcome is checked and judged against the indicator as the
 * plan holds it when it is recorded ({@link PlannedIndicator}), handed in by {@link OutcomeCommandHandler}.
 */
@Aggregate
public class OutcomeSeries {

    @AggregateIdentifier
    private String seriesId;
    /** Each period's latest values: what a later outcome moves from, and whether a period is reported. */
    private NavigableMap<PeriodOfYear, OutcomeValues> reported = new TreeMap<>();

    protected OutcomeSeries() {
        // for Axon's event sourcing, and for a series' first outcome
    }

    /**
     * The series' id in the event store. Derived from plan, indicator and unit (a name-based UUID), since the three
     * together can be longer than an aggregate id column holds; the events name all three.
     */
    public static String idOf(String planId, String indicatorId, String unit) {
        return UUID.nameUUIDFromBytes(("outcome-series|" + planId + "|" + indicatorId + "|" + unit)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    void record(RecordOutcome command, String unit, PlannedIndicator planned) {
        PeriodOfYear when = new PeriodOfYear(command.year(), command.period());
        planned.requireAccepts(command.year(), command.period(), command.values());
        if (known(planned).containsKey(when)) {
            throw new RuleViolation("report-once", "period", "an outcome for " + command.indicatorId() + ", " + unit + ", "
                    + when + " is already recorded; correct it instead");
        }
        Judged judged = judge(planned, when, command.values(), command.peerValue());
        apply(new OutcomeRecorded(command.planId(), command.indicatorId(), unit, command.year(), command.period(),
                command.values(), command.peerValue(), command.source(), command.comment(), judged.judgement(),
                judged.trend()));
    }

    void correct(CorrectOutcome command, String unit, PlannedIndicator planned) {
        PeriodOfYear when = new PeriodOfYear(command.year(), command.period());
        planned.requireAccepts(command.year(), command.period(), command.values());
        if (!known(planned).containsKey(when)) {
            throw new UnknownItem("period", "no outcome for " + command.indicatorId() + ", " + unit + ", " + when
                    + " to correct");
        }
        Required.text("reason", command.reason());
        Judged judged = judge(planned, when, command.values(), command.peerValue());
        apply(new OutcomeCorrected(command.planId(), command.indicatorId(), unit, command.year(), command.period(),
                command.values(), command.peerValue(), command.reason().trim(), judged.judgement(), judged.trend()));
    }

    @EventSourcingHandler
    void on(OutcomeRecorded event) {
        seriesId = idOf(event.planId(), event.indicatorId(), event.unit());
        reported.put(new PeriodOfYear(event.year(), event.period()), event.values());
    }

    @EventSourcingHandler
    void on(OutcomeCorrected event) {
        seriesId = idOf(event.planId(), event.indicatorId(), event.unit());
        reported.put(new PeriodOfYear(event.year(), event.period()), event.values());
    }

    /** The outcome against the year's target (or the next stated), and its move from the value it moves from. */
    private Judged judge(PlannedIndicator planned, PeriodOfYear when, OutcomeValues values, BigDecimal peerValue) {
        Indicator indicator = planned.indicator();
        StatedValue target = indicator.targetFor(when.year()).orElse(null);
        OutcomeValues reference = reference(planned, target, when);
        GoodDirection direction = indicator.direction().orElse(null);
        return new Judged(Evaluation.judge(target, direction, when.period(), values, reference, peerValue),
                Evaluation.trend(target, direction, values, reference));
    }

    private record Judged(Judgement judgement, Trend trend) {
    }

    /** What this series holds, over what an older plan's own stream recorded before the series existed. */
    private NavigableMap<PeriodOfYear, OutcomeValues> known(PlannedIndicator planned) {
        NavigableMap<PeriodOfYear, OutcomeValues> known = new TreeMap<>(planned.recordedOnPlan());
        known.putAll(reported);
        return known;
    }

    /**
     * The value an outcome moves from. A relative change ("Minska 5 %") is measured from the indicator's baseline
     * (none when the target names another year's, "jmft med 2020", than the baseline states); anything else from
     * the unit's latest earlier outcome, else the baseline.
     */
    private OutcomeValues reference(PlannedIndicator planned, StatedValue target, PeriodOfYear when) {
        Indicator indicator = planned.indicator();
        if (target != null && target.form() instanceof ValueForm.RelativeChange change) {
            boolean namesAnotherYear = change.comparedToYear() != null && indicator.baseline() != null
                    && !change.comparedToYear().equals(indicator.baseline().year());
            return namesAnotherYear ? null : Evaluation.baselineFigure(indicator.baseline()).orElse(null);
        }
        return Optional.ofNullable(known(planned).lowerEntry(when)).map(java.util.Map.Entry::getValue)
                .or(() -> Evaluation.baselineFigure(indicator.baseline()))
                .orElse(null);
    }
}
