package se.planledger.query.decision;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.decision.Decided;
import se.planledger.domain.decision.Decision;
import se.planledger.query.audit.ProjectionTables;
import se.planledger.query.time.Recorded;

import java.util.List;

/** The register of every decision in the ledger, whatever its area: one row per decision an event records. */
@Component
@ProcessingGroup(DecisionProjection.GROUP)
public class DecisionProjection extends ProjectionTables {

    public static final String GROUP = "decision-register";
    private static final List<String> TABLES = List.of("decision_register");

    public DecisionProjection(JdbcTemplate jdbc) {
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
}
