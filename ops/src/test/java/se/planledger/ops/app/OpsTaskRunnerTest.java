package se.planledger.ops.app;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ops command line's exit code on PostgreSQL, as a script or a scheduler sees it: 0 only when the task is
 * clean, 1 on a chain that does not verify, an audit with a difference, and an audit that replayed or compared
 * nothing. Each change to the stored rows is put back.
 */
class OpsTaskRunnerTest extends PostgresIntegrationTest {

    private static final String PLAN = "rs-plan-2023-2025";

    @Autowired
    OpsTaskRunner runner;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void verifyExitsZeroOnAVerifiedChainAndOneOnATamperedOne() throws Exception {
        assertThat(exitCodeOf("--ledger.task=verify")).isZero();

        long index = jdbc.queryForObject("select max(global_index) from event_seal", Long.class);
        String timestamp = jdbc.queryForObject("select timestamp from domainevententry where globalindex = ?",
                String.class, index);
        jdbc.update("update domainevententry set timestamp = ? where globalindex = ?",
                Instant.parse(timestamp).minusSeconds(1).toString(), index);
        try {
            assertThat(exitCodeOf("--ledger.task=verify")).isEqualTo(1);
            assertThat(exitCodeOf("--ledger.task=audit")).as("an audit over it is not clean either").isEqualTo(1);
        } finally {
            jdbc.update("update domainevententry set timestamp = ? where globalindex = ?", timestamp, index);
        }
        assertThat(exitCodeOf("--ledger.task=verify")).isZero();
    }

    @Test
    void anAuditExitsZeroOnlyWhenItComparedAnswersAndFoundNoDifference() throws Exception {
        assertThat(exitCodeOf("--ledger.task=audit")).isZero();
        assertThat(exitCodeOf("--ledger.task=audit", "--planId=" + PLAN)).isZero();
        assertThat(exitCodeOf("--ledger.task=audit", "--knownAt=2000-01-01T00:00:00Z")).as("nothing replayed").isEqualTo(1);
        assertThat(exitCodeOf("--ledger.task=audit", "--planId=no-such-plan")).as("nothing compared").isEqualTo(1);

        jdbc.update("update plan_tree_plan set title = title || ' (ändrad i smyg)' where plan_id = ?", PLAN);
        try {
            assertThat(exitCodeOf("--ledger.task=audit", "--planId=" + PLAN)).as("a difference").isEqualTo(1);
        } finally {
            jdbc.update("update plan_tree_plan set title = replace(title, ' (ändrad i smyg)', '') where plan_id = ?", PLAN);
        }
    }

    private int exitCodeOf(String... args) throws Exception {
        return runner.runTask(new DefaultApplicationArguments(args));
    }
}
