package se.planledger.ops.support;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.risk.RiskAssessed;
import se.planledger.query.risk.RiskProjection;

import java.util.function.Predicate;

/**
 * A test-only handler in the risk register's processing group that fails on one chosen event, as a projection
 * meeting an event it cannot handle would. Like every projection, the group stops at it (in error
 * state) instead of skipping it.
 */
@Component
@ProcessingGroup(RiskProjection.GROUP)
public class FailingRiskHandler {

    private final JdbcTemplate jdbc;
    private volatile Predicate<EventMessage<?>> failOn = event -> false;
    private volatile Long riskRowsAtFailure;

    public FailingRiskHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** From now on, fails on the risk assessments that match. */
    public void failOn(Predicate<EventMessage<?>> assessments) {
        failOn = assessments;
        riskRowsAtFailure = null;
    }

    public void stopFailing() {
        failOn = event -> false;
    }

    /** How many rows the risk projection held (in the failing transaction) when this handler failed; null before. */
    public Long riskRowsAtFailure() {
        return riskRowsAtFailure;
    }

    @EventHandler
    void on(RiskAssessed event, EventMessage<?> message) {
        if (failOn.test(message)) {
            riskRowsAtFailure = jdbc.queryForObject("select count(*) from risk_version", Long.class);
            throw new IllegalStateException("the test handler cannot handle event " + message.getIdentifier());
        }
    }
}
