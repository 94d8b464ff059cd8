package se.planledger.ops.nodes;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The nodes sharing this database. Each names itself ({@code ledger.node-id}, by default process and host as Axon
 * names a token owner) and says every {@link #BEAT} that it is alive; one not seen for {@link #LAPSE} counts as gone.
 */
@Component
@EnableScheduling
public class LedgerNodes {

    static final Duration BEAT = Duration.ofSeconds(2);
    private static final Duration LAPSE = BEAT.multipliedBy(5);

    private final String id;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public LedgerNodes(@Value("${ledger.node-id:}") String nodeId, JdbcTemplate jdbc, Clock clock) {
        this.id = nodeId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeId;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** This node's name: the owner of its token claims, of its jobs and of its pauses. */
    public String id() {
        return id;
    }

    @Scheduled(fixedDelay = 2000)
    public void beat() {
        Timestamp now = Timestamp.from(clock.instant());
        if (jdbc.update("update ledger_node set seen_at = ? where node_id = ?", now, id) == 0) {
            jdbc.update("insert into ledger_node (node_id, seen_at) values (?, ?)", id, now);
        }
    }

    /** The other nodes alive now; a killed node's claims lapse, it is not waited for. */
    public List<String> othersAlive() {
        return jdbc.queryForList("select node_id from ledger_node where node_id <> ? and seen_at > ?", String.class, id,
                Timestamp.from(clock.instant().minus(LAPSE)));
    }

    @PreDestroy
    public void leave() {
        jdbc.update("delete from ledger_node where node_id = ?", id);
    }
}
