package se.planledger.query.followup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.followup.GoalJudged;
import se.planledger.domain.followup.Judgement;
import se.planledger.domain.followup.OutcomeCorrected;
import se.planledger.domain.followup.OutcomeRecorded;
import se.planledger.domain.followup.OutcomeValues;
import se.planledger.domain.followup.Trend;
import se.planledger.domain.followup.WorkStatusReported;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.query.audit.ProjectionTables;
import se.planledger.query.time.Recorded;

import java.math.BigDecimal;
import java.util.List;

/** Outcomes as reported and corrected, and goal judgements; insert-only. */
@Component
@ProcessingGroup(FollowUpProjection.GROUP)
public class FollowUpProjection extends ProjectionTables {

    public static final String GROUP = "follow-up";
    private static final List<String> TABLES = List.of("work_status", "outcome_version", "goal_judgement");


    public FollowUpProjection(JdbcTemplate jdbc) {
        super(GROUP, TABLES, jdbc);
    }

    @EventHandler
    void on(OutcomeRecorded e, EventMessage<?> message) {
        insert(e.planId(), e.indicatorId(), e.unit(), e.year(), e.period(), e.values(), e.peerValue(), e.source(),
                e.comment(), null, e.judgement(), e.trend(), Recorded.of(message));
    }

    @EventHandler
    void on(OutcomeCorrected e, EventMessage<?> message) {
        insert(e.planId(), e.indicatorId(), e.unit(), e.year(), e.period(), e.values(), e.peerValue(), null, null,
                e.reason(), e.judgement(), e.trend(), Recorded.of(message));
    }

    @EventHandler
    void on(GoalJudged e, EventMessage<?> message) {
        Recorded recorded = Recorded.of(message);
        jdbc.update("insert into goal_judgement (plan_id, goal_id, report_year, report_period, fulfilment, narrative, "
                        + "recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)", e.planId(), e.goalId(), e.year(),
                e.period().name(), e.fulfilment().name(), e.narrative(), recorded.timestamp(), recorded.by());
    }

    @EventHandler
    void on(WorkStatusReported e, EventMessage<?> message) {
        Recorded recorded = Recorded.of(message);
        jdbc.update("insert into work_status (plan_id, item_id, report_year, report_period, status, comment, recorded_at, "
                        + "recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)", e.planId(), e.itemId(), e.year(), e.period().name(),
                e.status().name(), e.comment(), recorded.timestamp(), recorded.by());
    }

    private void insert(String planId, String indicatorId, String unit, int year, ReportingPeriod period, OutcomeValues values,
                        BigDecimal peer, String source, String comment, String correction, Judgement judgement, Trend trend,
                        Recorded recorded) {
        Integer revision = jdbc.queryForObject("select coalesce(max(revision), 0) + 1 from outcome_version where plan_id = ? "
                        + "and indicator_id = ? and unit = ? and report_year = ? and report_period = ?", Integer.class,
                planId, indicatorId, unit, year, period.name());
        jdbc.update("insert into outcome_version (plan_id, indicator_id, unit, report_year, report_period, revision, total, "
                        + "women, men, peer_value, source, comment, correction, fulfilment, rule, explanation, trend, recorded_at, "
                        + "recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                planId, indicatorId, unit, year, period.name(), revision, values.total(), values.women(), values.men(), peer,
                source, comment, correction, judgement.fulfilment().name(), judgement.rule(), judgement.explanation(),
                trend.name(), recorded.timestamp(), recorded.by());
    }
}
