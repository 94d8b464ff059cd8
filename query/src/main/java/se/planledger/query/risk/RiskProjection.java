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
import se.planledger.query.version.VersionTable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every scale and every assessment version of the risk registers; rows are only ever added. */
@Component
@ProcessingGroup(RiskProjection.GROUP)
public class RiskProjection extends ProjectionTables {

    public static final String GROUP = "risk-register";
    /** Every version of every risk, in force from the day it was assessed (or closed). */
    static final VersionTable RISKS = VersionTable.of("risk_version", "revision", "register_id", "risk_id");
    /** Every version of every register's scale, in force from the day it applies. */
    static final VersionTable SCALES = VersionTable.of("risk_scale_version", "revision", "register_id");
    private static final List<String> TABLES = List.of(RISKS.table(), SCALES.table());

    private final JsonColumn json;

    public RiskProjection(JdbcTemplate jdbc, JsonColumn json) {
        super(GROUP, TABLES, jdbc);
        this.json = json;
    }

    @EventHandler
    void on(RiskScaleAdopted event, EventMessage<?> message) {
        Recorded recorded = Recorded.of(message);
        jdbc.update("insert into risk_scale_version (register_id, revision, board, scale, valid_from, recorded_at, recorded_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?)", event.registerId(), event.scale().version(), event.board(),
                json.write(event.scale()), event.effectiveFrom(), recorded.timestamp(), recorded.by());
    }

    @EventHandler
    void on(RiskAssessed event, EventMessage<?> message) {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("register_id", event.registerId());
        first.put("risk_id", event.riskId());
        first.put("subject_kind", event.subject().kind());
        first.put("subject_item_id", event.subject().itemId());
        first.put("subject_name", event.subject().name());
        first.put("perspective", event.subject().perspective());
        first.put("goal", event.subject().goal());
        first.put("plan_period", event.planPeriod());
        RISKS.insert(jdbc, assessed(first, event.revision(), event.description(), event.score(), event.assessedOn(),
                event.assessor(), null), Recorded.of(message));
    }

    @EventHandler
    void on(RiskReassessed event, EventMessage<?> message) {
        Map<String, Object> next = RISKS.latest(jdbc, event.registerId(), event.riskId());
        RISKS.insert(jdbc, assessed(next, event.revision(), event.description(), event.score(), event.assessedOn(),
                event.assessor(), event.reason()), Recorded.of(message));
    }

    /** Closing is a version too: the last assessment as it stood, closed from that day for the reason given. */
    @EventHandler
    void on(RiskClosed event, EventMessage<?> message) {
        Map<String, Object> next = RISKS.latest(jdbc, event.registerId(), event.riskId());
        next.put("revision", event.revision());
        next.put(VersionTable.VALID_FROM, event.closedOn());
        next.put("closed", true);
        next.put("reason", event.reason());
        RISKS.insert(jdbc, next, Recorded.of(message));
    }

    private Map<String, Object> assessed(Map<String, Object> row, long revision, RiskDescription description,
                                         RiskScore score, LocalDate assessedOn, String assessor, String reason) {
        row.put("revision", revision);
        row.put("description", json.write(description));
        row.put("consequence", score.consequence());
        row.put("probability", score.probability());
        row.put("score", score.score());
        row.put("band", score.band());
        row.put("needs_measures", score.needsMeasures());
        row.put("scale_version", score.scaleVersion());
        row.put(VersionTable.VALID_FROM, assessedOn);
        row.put("assessor", assessor);
        row.put("closed", false);
        row.put("reason", reason);
        return row;
    }
}
