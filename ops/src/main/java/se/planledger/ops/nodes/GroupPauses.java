package se.planledger.ops.nodes;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.planledger.ops.audit.ProjectionCatchUp;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pauses a processing group on every node sharing the database, for a rebuild on one of them (a reset needs every
 * segment's claim). The pausing node writes a row in {@code paused_group}; every other node polls the table, stops
 * its processor of that group (releasing its claims) while the row is there and starts it again once it is gone.
 */
@Component
public class GroupPauses {

    private static final Logger log = LoggerFactory.getLogger(GroupPauses.class);
    private static final Duration RELEASE_PATIENCE = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final LedgerNodes nodes;
    private final ProjectionCatchUp processors;
    private final Clock clock;
    /** The groups this node stopped because another paused them. */
    private final Set<String> stoppedForOthers = ConcurrentHashMap.newKeySet();

    public GroupPauses(JdbcTemplate jdbc, LedgerNodes nodes, ProjectionCatchUp processors, Clock clock) {
        this.jdbc = jdbc;
        this.nodes = nodes;
        this.processors = processors;
        this.clock = clock;
    }

    /**
     * Pauses the groups everywhere and waits until no other node holds a claim on them. Refused when another
     * node has paused one of them already (a rebuild is running there). Resume in a {@code finally}.
     */
    public void pauseEverywhere(List<String> groups) {
        liftPausesOfNodesGone();
        for (String group : groups) {
            try {
                jdbc.update("insert into paused_group (processing_group, paused_by, paused_at) values (?, ?, ?)",
                        group, nodes.id(), Timestamp.from(clock.instant()));
            } catch (DuplicateKeyException e) {
                resume(groups);
                throw new IllegalStateException("processing group " + group + " is paused already by "
                        + pausedBy(group) + " (a rebuild runs there); try again when it has ended");
            }
        }
        awaitClaimsReleasedByOthers(groups);
    }

    /** Lifts this node's pauses of the groups; the other nodes start their processors at their next poll. */
    public void resume(List<String> groups) {
        groups.forEach(group -> jdbc.update("delete from paused_group where processing_group = ? and paused_by = ?",
                group, nodes.id()));
    }

    /** The node that paused the group, or null when it is not paused. */
    public String pausedBy(String group) {
        List<String> by = jdbc.queryForList("select paused_by from paused_group where processing_group = ?",
                String.class, group);
        return by.isEmpty() ? null : by.get(0);
    }

    /** Stops what another node paused and starts again what this node stopped for it once its pause is lifted. */
    @Scheduled(fixedDelay = 1000)
    public void follow() {
        liftPausesOfNodesGone();
        Map<String, String> paused = new HashMap<>();
        jdbc.query("select processing_group, paused_by from paused_group",
                row -> { paused.put(row.getString(1), row.getString(2)); });
        for (StreamingEventProcessor processor : processors.streamingProcessors()) {
            String by = paused.get(processor.getName());
            if (by != null && !by.equals(nodes.id()) && processor.isRunning()) {
                log.info("Processing group {} paused by node {}: stopping it here", processor.getName(), by);
                stoppedForOthers.add(processor.getName());
                processor.shutdownAsync().join();
            } else if (by == null && stoppedForOthers.remove(processor.getName())) {
                log.info("Processing group {} no longer paused: starting it here again", processor.getName());
                processor.start();
            }
        }
    }

    /**
     * A pause whose node is gone (killed during its rebuild, or started again under another id) would keep the group
     * stopped on every node for good: it is lifted, and the group runs again from its tokens.
     */
    private void liftPausesOfNodesGone() {
        List<String> alive = new ArrayList<>(nodes.othersAlive());
        alive.add(nodes.id());
        jdbc.queryForList("select paused_by from paused_group", String.class).stream()
                .filter(by -> !alive.contains(by))
                .distinct()
                .forEach(by -> {
                    log.warn("Lifting the pauses of node {}, which is gone: its rebuild did not end", by);
                    jdbc.update("delete from paused_group where paused_by = ?", by);
                });
    }

    private void awaitClaimsReleasedByOthers(List<String> groups) {
        long deadline = System.nanoTime() + RELEASE_PATIENCE.toNanos();
        while (true) {
            List<String> others = nodes.othersAlive();
            List<String> holders = groups.stream().flatMap(group -> jdbc.queryForList("select owner from tokenentry "
                    + "where processorname = ?", String.class, group).stream()
                    .filter(others::contains).map(owner -> group + " on " + owner)).toList();
            if (holders.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                resume(groups);
                throw new IllegalStateException("other nodes still hold " + holders + " after " + RELEASE_PATIENCE
                        + "; nothing was reset");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                resume(groups);
                throw new IllegalStateException("interrupted while pausing " + groups, e);
            }
        }
    }
}
