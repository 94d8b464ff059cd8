package se.planledger.query.decision;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.decision.Decided;
import se.planledger.domain.decision.Decision;
import se.planledger.query.audit.AuditedReadModel;
import se.planledger.query.audit.ProjectionTables;
import se.planledger.query.time.Recorded;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The register of every decision in the ledger, whatever its area: projection and read model in one. */
@Component
@ProcessingGroup(DecisionRegister.GROUP)
public class DecisionRegister extends ProjectionTables implements AuditedReadModel {

    public static final String GROUP = "decision-register";
    private static final List<String> TABLES = List.of("decision_register");


    public DecisionRegister(JdbcTemplate jdbc) {
        super(GROUP, TABLES, jdbc);
    }

    @EventHandler
    void on(Decided event, EventMessage<?> message) {
        Decision decision = event.decision();
        Recorded recorded = Recorded.of(message);
        jdbc.update("insert into decision_register (event_id, reference, body, decision_date, effective_date, subject, "
                        + "event_type, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                message.getIdentifier(), decision.reference(), decision.body().name(), decision.decisionDate(),
                decision.effectiveDate(), event.subject(), message.getPayloadType().getSimpleName(),
                recorded.timestamp(), recorded.by());
    }

    /**
     * Decisions known at knownAt, in decision-date order; of a reference when one is given (in any case, or a part
     * of it: "1043-2022" finds "Dnr 1043-2022"), of a body when one is given.
     */
    public List<DecisionView> decisions(Instant knownAt, String reference, String body) {
        String part = reference == null ? null : "%" + reference.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query("select * from decision_register where recorded_at <= ? "
                        + "and (cast(? as varchar) is null or lower(reference) like ? escape '\\') "
                        + "and (cast(? as varchar) is null or body = ?) "
                        + "order by decision_date, recorded_at, event_id",
                (rs, n) -> new DecisionView(rs.getString("reference"), rs.getString("body"),
                        rs.getObject("decision_date", LocalDate.class),
                        rs.getObject("effective_date", LocalDate.class), rs.getString("subject"),
                        rs.getString("event_type"), rs.getString("event_id"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by")),
                Timestamp.from(knownAt), part, part, body, body);
    }

    @Override
    public Object everythingKnownAt(Instant knownAt) {
        return decisions(knownAt, null, null);
    }
}
