package se.planledger.query.risk;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.risk.RiskAssessed;
import se.planledger.domain.risk.RiskClosed;
import se.planledger.domain.risk.RiskDescription;
import se.planledger.domain.risk.RiskReassessed;
import se.planledger.domain.risk.RiskScaleAdopted;
import se.planledger.domain.risk.RiskScore;
import se.planledger.query.audit.ProjectionTables;
import se.planledger.query.json.JsonColumn;
import se.planledger.query.time.Recorded;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Every scale and every assessment version of the risk registers; rows are only ever added. */
@Component
@ProcessingGroup(RiskProjection.GROUP)
public class RiskProjection extends ProjectionTables {

    public static final String GROUP = "risk-register";
    private static final List<String> TABLES = List.of("risk_version", "risk_scale_version");

    private final JsonColumn json;

    public RiskProjection(JdbcTemplate jdbc, JsonColumn json) {
        super(GROUP, TABLES, jdbc);
        this.json = json;
    }

    @EventHandler
    void on(RiskScaleAdopted event, EventMessage<?> message) {
        jdbc.update("insert into risk_scale_version (register_id, version, board, scale, effective_from, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?)", event.registerId(), event.scale().version(), event.board(),
                json.write(event.scale()), event.effectiveFrom(), Recorded.of(message).timestamp());
    }

    @EventHandler
    void on(RiskAssessed event, EventMessage<?> message) {
        insert(event.registerId(), event.riskId(), event.revision(), event.subject().kind(), event.subject().itemId(),
                event.subject().name(), event.subject().perspective(), event.subject().goal(), event.planPeriod(),
                event.description(), event.score(), event.assessedOn(), event.assessor(), false, null, Recorded.of(message));
    }

    @EventHandler
    void on(RiskReassessed event, EventMessage<?> message) {
        Map<String, Object> previous = previous(event.registerId(), event.riskId());
        insert(event.registerId(), event.riskId(), event.revision(), (String) previous.get("subject_kind"),
                (String) previous.get("subject_item_id"), (String) previous.get("subject_name"),
                (String) previous.get("perspective"), (String) previous.get("goal"), (String) previous.get("plan_period"),
                event.description(), event.score(), event.assessedOn(), event.assessor(), false, event.reason(),
                Recorded.of(message));
    }

    @EventHandler
    void on(RiskClosed event, EventMessage<?> message) {
        jdbc.update("insert into risk_version (register_id, risk_id, revision, subject_kind, subject_item_id, subject_name, "
                        + "perspective, goal, plan_period, description, consequence, probability, score, band, needs_measures, "
                        + "scale_version, assessed_on, assessor, closed, reason, recorded_at, recorded_by) "
                        + "select register_id, risk_id, ?, subject_kind, subject_item_id, subject_name, perspective, goal, "
                        + "plan_period, description, consequence, probability, score, band, needs_measures, scale_version, ?, "
                        + "assessor, true, ?, ?, ? from risk_version where register_id = ? and risk_id = ? and revision = ?",
                event.revision(), event.closedOn(), event.reason(), Recorded.of(message).timestamp(), Recorded.of(message).by(),
                event.registerId(), event.riskId(), event.revision() - 1);
    }

    private Map<String, Object> previous(String registerId, String riskId) {
        return jdbc.queryForMap("select * from risk_version where register_id = ? and risk_id = ? "
                + "order by revision desc limit 1", registerId, riskId);
    }

    private void insert(String registerId, String riskId, long revision, String kind, String itemId, String name,
                        String perspective, String goal, String period, RiskDescription description, RiskScore score,
                        LocalDate assessedOn, String assessor, boolean closed, String reason, Recorded recorded) {
        jdbc.update("insert into risk_version (register_id, risk_id, revision, subject_kind, subject_item_id, subject_name, "
                        + "perspective, goal, plan_period, description, consequence, probability, score, band, needs_measures, "
                        + "scale_version, assessed_on, assessor, closed, reason, recorded_at, recorded_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                registerId, riskId, revision, kind, itemId, name, perspective, goal, period, json.write(description),
                score.consequence(), score.probability(), score.score(), score.band(), score.needsMeasures(),
                score.scaleVersion(), assessedOn, assessor, closed, reason, recorded.timestamp(), recorded.by());
    }
}
