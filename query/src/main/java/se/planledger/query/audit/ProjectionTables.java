package se.planledger.query.audit;

import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * A projection and the tables it owns: its reset empties exactly these, and a rebuild keeps a copy of exactly
 * these to restore when the replay fails. One list serves both, so a new table cannot be reset but forgotten in
 * the copy.
 */
public abstract class ProjectionTables {

    protected final JdbcTemplate jdbc;
    private final String processingGroup;
    private final List<String> tables;

    protected ProjectionTables(String processingGroup, List<String> tables, JdbcTemplate jdbc) {
        this.processingGroup = processingGroup;
        this.tables = List.copyOf(tables);
        this.jdbc = jdbc;
    }

    /** The processing group whose events fill the tables. */
    public String processingGroup() {
        return processingGroup;
    }

    public List<String> tables() {
        return tables;
    }

    @ResetHandler
    void reset() {
        tables.forEach(table -> jdbc.update("delete from " + table));
    }
}
