package se.planledger.query.decision;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.query.audit.AuditedReadModel;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The decision register as known at any time, filtered by a part of a reference or by body. */
@Component
public class DecisionReadModel implements AuditedReadModel {

    private final JdbcTemplate jdbc;

    public DecisionReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
    public String processingGroup() {
        return DecisionProjection.GROUP;
    }

    @Override
    public Object everythingKnownAt(Instant knownAt) {
        return decisions(knownAt, null, null);
    }
}
