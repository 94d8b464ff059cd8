package se.planledger.ops.app;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.ops.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up walks every demo plan's command path before the node is ready, and records nothing doing so. */
class WarmUpTest extends PostgresIntegrationTest {

    @Autowired
    WarmUp warmUp;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyPlanIsReadAndKeptBeforeTheFirstRequest() {
        assertThat(warmUp.plansKept()).contains("rs-plan-2023-2025", "lsv1-plan-2022", "region-plan-2019");
    }

    @Test
    void theWarmUpRecordsNoEvent() {
        assertThat(eventsIssuedBy("demo-data")).as("the demo data's events, found the same way").isPositive();
        assertThat(eventsIssuedBy(WarmUp.USER)).isZero();
    }

    private int eventsIssuedBy(String user) {
        return jdbc.queryForObject("select count(*) from domainevententry where convert_from(metadata, 'UTF8') like ?",
                Integer.class, "%\"" + user + "\"%");
    }
}
