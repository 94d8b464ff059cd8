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
import se.planledger.domain.followup.OutcomeReevaluated;
import se.planledger.domain.followup.RecordOutcome;
import se.planledger.domain.followup.ReevaluateOutcome;
import se.planledger.domain.followup.Trend;
import se.planledger.domain.plan.item.GoodDirection;
import se.planledger.domain.plan.item.Indicator;
import se.planledger.domain.rejection.Required;
import se.planledger.domain.rejection.RuleViolation;
import se.planledger.domain.rejection.StaleVersion;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.target.StatedValue;
import se.planledger.domain.target.ValueForm;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
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
@Aggregate(repository = "outcomeSeriesRepository")
public class OutcomeSeries {

    @AggregateIdentifier
    private String seriesId;
    /** Each period's latest values: what a later outcome moves from, and whether a period is reported. */
    private NavigableMap<PeriodOfYear, OutcomeValues> reported = new TreeMap<>();
    /** Each period's peer value and latest judgement and trend, to judge it again by today's rules. */
    private Map<PeriodOfYear, BigDecimal> peers = new HashMap<>();
    private Map<PeriodOfYear, Judgement> judgements = new HashMap<>();
    private Map<PeriodOfYear, Trend> trends = new HashMap<>();
    /** Each period's versions in this series (recorded, corrected, judged again): its revision, the read's ETag. */
    private Map<PeriodOfYear, Integer> revisions = new HashMap<>();

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
        OutcomeValues current = known(planned).get(when);
        if (current == null) {
            throw new UnknownItem("period", "no outcome for " + command.indicatorId() + ", " + unit + ", " + when
                    + " to correct");
        }
        requireRevision(planned, when, command.expectedRevision());
        Required.text("reason", command.reason());
        if (command.values().equals(current) && Objects.equals(command.peerValue(), peers.get(when))) {
            throw new RuleViolation("revision-changes-something", "values", "the correction states the outcome for "
                    + command.indicatorId() + ", " + unit + ", " + when + " exactly as it stands (the same values and "
                    + "peer value); nothing to record");
        }
        Judged judged = judge(planned, when, command.values(), command.peerValue());
        apply(new OutcomeCorrected(command.planId(), command.indicatorId(), unit, command.year(), command.period(),
                command.values(), command.peerValue(), command.reason().trim(), judged.judgement(), judged.trend()));
    }

    /**
     * Judges a period's outcome again by today's rules; refused when they give the judgement and trend it holds
     * (nothing new to record). An outcome recorded on the plan's own stream holds no judgement here, so it is judged.
     */
    void reevaluate(ReevaluateOutcome command, String unit, PlannedIndicator planned) {
        PeriodOfYear when = new PeriodOfYear(command.year(), command.period());
        OutcomeValues values = known(planned).get(when);
        if (values == null) {
            throw new UnknownItem("period", "no outcome for " + command.indicatorId() + ", " + unit + ", " + when
                    + " to judge again");
        }
        requireRevision(planned, when, command.expectedRevision());
        Required.text("reason", command.reason());
        Judged judged = judge(planned, when, values, peers.get(when));
        if (judged.judgement().equals(judgements.get(when)) && judged.trend() == trends.get(when)) {
            throw new RuleViolation("reevaluation-changes-something", "period", "today's rules judge the outcome for "
                    + command.indicatorId() + ", " + unit + ", " + when + " as it is judged already ("
                    + judged.judgement().rule() + "); nothing to record");
        }
        apply(new OutcomeReevaluated(command.planId(), command.indicatorId(), unit, command.year(), command.period(),
                values, peers.get(when), command.reason().trim(), judged.judgement(), judged.trend()));
    }

    @EventSourcingHandler
    void on(OutcomeRecorded event) {
        remember(event.planId(), event.indicatorId(), event.unit(), new PeriodOfYear(event.year(), event.period()),
                event.values(), event.peerValue(), event.judgement(), event.trend());
    }

    @EventSourcingHandler
    void on(OutcomeCorrected event) {
        remember(event.planId(), event.indicatorId(), event.unit(), new PeriodOfYear(event.year(), event.period()),
                event.values(), event.peerValue(), event.judgement(), event.trend());
    }

    @EventSourcingHandler
    void on(OutcomeReevaluated event) {
        remember(event.planId(), event.indicatorId(), event.unit(), new PeriodOfYear(event.year(), event.period()),
                event.values(), event.peerValue(), event.judgement(), event.trend());
    }

    private void remember(String planId, String indicatorId, String unit, PeriodOfYear when, OutcomeValues values,
                          BigDecimal peerValue, Judgement judgement, Trend trend) {
        seriesId = idOf(planId, indicatorId, unit);
        reported.put(when, values);
        peers.put(when, peerValue);
        judgements.put(when, judgement);
        trends.put(when, trend);
        revisions.merge(when, 1, Integer::sum);
    }

    /**
     * Refuses a writer who read another revision of the period's outcome than it has now. An outcome first recorded
     * on an older plan's own stream has versions there that this series does not count, so it is not checked.
     */
    private void requireRevision(PlannedIndicator planned, PeriodOfYear when, Long expectedRevision) {
        if (!planned.recordedOnPlan().containsKey(when)) {
            StaleVersion.unlessCurrent(expectedRevision, revisions.getOrDefault(when, 0));
        }
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
        return Optional.ofNullable(known(planned).lowerEntry(when)).map(Map.Entry::getValue)
                .or(() -> Evaluation.baselineFigure(indicator.baseline()))
                .orElse(null);
    }
}
