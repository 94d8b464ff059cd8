package se.planledger.query.followup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.followup.GoalJudged;
import se.planledger.domain.followup.Judgement;
import se.planledger.domain.followup.OutcomeCorrected;
import se.planledger.domain.followup.OutcomeRecorded;
import se.planledger.domain.followup.OutcomeReevaluated;
import se.planledger.domain.followup.OutcomeValues;
import se.planledger.domain.followup.Trend;
import se.planledger.domain.followup.WorkStatusReported;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.query.audit.ProjectionTables;
import se.planledger.query.time.Recorded;
import se.planledger.query.version.GlobalIndex;
import se.planledger.query.version.VersionTable;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Outcomes as reported and corrected, goal judgements and work statuses; insert-only. */
@Component
@ProcessingGroup(FollowUpProjection.GROUP)
public class FollowUpProjection extends ProjectionTables {

    public static final String GROUP = "follow-up";
    /** Every outcome as reported and corrected, per indicator, unit and report; the period itself is its valid time. */
    static final VersionTable OUTCOMES = VersionTable.of("outcome_version", "global_index", "plan_id", "indicator_id",
            "unit", "report_year", "report_period").recordedOnly().numbered();
    /** The board's judgements of a goal per report, in the order they were made; the latest as known counts. */
    static final VersionTable JUDGEMENTS = VersionTable.of("goal_judgement", "global_index", "plan_id", "goal_id",
            "report_year", "report_period").recordedOnly();
    /** The statuses reported for a piece of work per report, in the order they were reported; the latest counts. */
    static final VersionTable STATUSES = VersionTable.of("work_status", "global_index", "plan_id", "item_id",
            "report_year", "report_period").recordedOnly();
    private static final List<String> TABLES = List.of(STATUSES.table(), OUTCOMES.table(), JUDGEMENTS.table());


    public FollowUpProjection(JdbcTemplate jdbc) {
        super(GROUP, TABLES, jdbc);
    }

    @EventHandler
    void on(OutcomeRecorded e, EventMessage<?> message, TrackingToken position) {
        insert(e.planId(), e.indicatorId(), e.unit(), e.year(), e.period(), e.values(), e.peerValue(), e.source(),
                e.comment(), null, e.judgement(), e.trend(), GlobalIndex.of(position), Recorded.of(message));
    }

    @EventHandler
    void on(OutcomeCorrected e, EventMessage<?> message, TrackingToken position) {
        insert(e.planId(), e.indicatorId(), e.unit(), e.year(), e.period(), e.values(), e.peerValue(), null, null,
                e.reason(), e.judgement(), e.trend(), GlobalIndex.of(position), Recorded.of(message));
    }

    /** Judged again by today's rules: a version of its own, its reason where a correction keeps its reason. */
    @EventHandler
    void on(OutcomeReevaluated e, EventMessage<?> message, TrackingToken position) {
        insert(e.planId(), e.indicatorId(), e.unit(), e.year(), e.period(), e.values(), e.peerValue(), null, null,
                e.reason(), e.judgement(), e.trend(), GlobalIndex.of(position), Recorded.of(message));
    }

    @EventHandler
    void on(GoalJudged e, EventMessage<?> message, TrackingToken position) {
        Map<String, Object> row = report(e.planId(), e.year(), e.period(), position);
        row.put("goal_id", e.goalId());
        row.put("fulfilment", e.fulfilment().name());
        row.put("narrative", e.narrative());
        JUDGEMENTS.insert(jdbc, row, Recorded.of(message));
    }

    @EventHandler
    void on(WorkStatusReported e, EventMessage<?> message, TrackingToken position) {
        Map<String, Object> row = report(e.planId(), e.year(), e.period(), position);
        row.put("item_id", e.itemId());
        row.put("status", e.status() == null ? null : e.status().name());
        row.put("comment", e.comment());
        STATUSES.insert(jdbc, row, Recorded.of(message));
    }

    /** The columns every row of a report shares: the plan, the report and the row's place among the versions. */
    private static Map<String, Object> report(String planId, int year, ReportingPeriod period, TrackingToken position) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("plan_id", planId);
        row.put("report_year", year);
        row.put("report_period", period.name());
        row.put("global_index", GlobalIndex.of(position));
        return row;
    }

    private void insert(String planId, String indicatorId, String unit, int year, ReportingPeriod period, OutcomeValues values,
                        BigDecimal peer, String source, String comment, String correction, Judgement judgement, Trend trend,
                        long globalIndex, Recorded recorded) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("plan_id", planId);
        row.put("indicator_id", indicatorId);
        row.put("unit", unit);
        row.put("report_year", year);
        row.put("report_period", period.name());
        row.put("global_index", globalIndex);
        row.put("total", values.total());
        row.put("women", values.women());
        row.put("men", values.men());
        row.put("peer_value", peer);
        row.put("source", source);
        row.put("comment", comment);
        row.put("correction", correction);
        row.put("fulfilment", judgement.fulfilment().name());
        row.put("rule", judgement.rule());
        row.put("explanation", judgement.explanation());
        row.put("trend", trend.name());
        OUTCOMES.insert(jdbc, row, recorded);
    }
}
