package se.planledger.query.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import se.planledger.query.budget.FinancialOutcomeProjection;
import se.planledger.query.budget.FinancialOutcomeReadModel;
import se.planledger.query.budget.FrameworkReadModel;
import se.planledger.query.budget.FrameworkProjection;
import se.planledger.query.control.ControlProjection;
import se.planledger.query.control.ControlReadModel;
import se.planledger.query.decision.DecisionProjection;
import se.planledger.query.decision.DecisionReadModel;
import se.planledger.query.followup.FollowUpProjection;
import se.planledger.query.followup.FollowUpReadModel;
import se.planledger.query.json.JsonColumn;
import se.planledger.query.plan.PlanProjection;
import se.planledger.query.plan.PlanReadModel;
import se.planledger.query.risk.RiskProjection;
import se.planledger.query.risk.RiskReadModel;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The read side without the application: the query module's tables, migrated afresh by its own migrations on one
 * database, and its projections and read models built on them. Events reach a projection's handlers as a tracking
 * processor would hand them, one by one in order.
 */
public final class ReadSide implements ExtensionContext.Store.CloseableResource {

    private static final ObjectMapper JSON = applicationJson();

    private final SingleConnectionDataSource connection;
    private final JdbcTemplate jdbc;
    /** The global index of the last event fed, as the event store would give it. */
    private long position;

    ReadSide(String url, String user, String password) {
        connection = new SingleConnectionDataSource(url, user, password, true);
        // Opened before Flyway's own connections come and go, so an in-memory H2 database outlives them.
        try {
            connection.initConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + url, e);
        }
        jdbc = new JdbcTemplate(connection);
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                .failOnMissingLocations(true).load().migrate();
    }

    /**
     * Hands the events to the projection's handlers in order, each at the next position of the ledger; an event it has
     * no handler for is a mistake of the test.
     */
    public void feed(Object projection, List<EventMessage<?>> events) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (EventMessage<?> untracked : events) {
            EventMessage<?> event = new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(++position), untracked);
            String what = projection.getClass().getSimpleName() + " on " + event.getPayloadType().getSimpleName();
            if (!handlers.canHandle(event)) {
                throw new IllegalArgumentException(what + ": no handler");
            }
            try {
                handlers.handle(event);
            } catch (Exception e) {
                throw new IllegalStateException(what + " failed", e);
            }
        }
    }

    /** Every row of the table, column by column, in no particular order: what a projection has kept so far. */
    public List<Map<String, Object>> rows(String table) {
        return jdbc.queryForList("select * from " + table);
    }

    public PlanProjection planProjection() {
        return new PlanProjection(jdbc, new JsonColumn(JSON));
    }

    public PlanReadModel plans() {
        return new PlanReadModel(jdbc, new JsonColumn(JSON));
    }

    public FrameworkProjection frameworkProjection() {
        return new FrameworkProjection(jdbc, new JsonColumn(JSON));
    }

    public FrameworkReadModel frameworks() {
        return new FrameworkReadModel(jdbc, new JsonColumn(JSON));
    }

    public FinancialOutcomeProjection financialOutcomeProjection() {
        return new FinancialOutcomeProjection(jdbc);
    }

    public FinancialOutcomeReadModel financialOutcomes() {
        return new FinancialOutcomeReadModel(jdbc);
    }

    public FollowUpProjection followUpProjection() {
        return new FollowUpProjection(jdbc);
    }

    public FollowUpReadModel interimReports() {
        return new FollowUpReadModel(jdbc, plans());
    }

    public RiskProjection riskProjection() {
        return new RiskProjection(jdbc, new JsonColumn(JSON));
    }

    public RiskReadModel risks() {
        return new RiskReadModel(jdbc, new JsonColumn(JSON));
    }

    public ControlProjection controlProjection() {
        return new ControlProjection(jdbc, new JsonColumn(JSON));
    }

    public ControlReadModel controls() {
        return new ControlReadModel(jdbc, new JsonColumn(JSON));
    }

    public DecisionProjection decisionProjection() {
        return new DecisionProjection(jdbc);
    }

    public DecisionReadModel decisions() {
        return new DecisionReadModel(jdbc);
    }

    @Override
    public void close() {
        connection.destroy();
    }

    /** The application's JSON settings (ops' application.yml), so columns are written and read back as in the ledger. */
    private static ObjectMapper applicationJson() {
        return Jackson2ObjectMapperBuilder.json()
                .featuresToEnable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                        JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .postConfigurer(mapper -> mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false))
                .build();
    }
}
