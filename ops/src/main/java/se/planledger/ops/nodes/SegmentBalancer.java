package se.planledger.ops.nodes;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.planledger.ops.audit.ProjectionCatchUp;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Spreads the processing groups' segments over the nodes alive. Every node has a thread for every segment of every
 * group, so one node alone processes everything, and the first to start claims all; a node holding more than its
 * share of all segments (divided by the nodes alive, rounded up) releases one of the group it holds most of, for a
 * while, and an idle thread on another node claims it. With one segment per group (the default) whole groups spread.
 */
@Component
public class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    private static final long RELEASE_SECONDS = 15;

    private final ProjectionCatchUp processors;
    private final LedgerNodes nodes;
    private final GroupPauses pauses;
    private final JdbcTemplate jdbc;

    public SegmentBalancer(ProjectionCatchUp processors, LedgerNodes nodes, GroupPauses pauses, JdbcTemplate jdbc) {
        this.processors = processors;
        this.nodes = nodes;
        this.pauses = pauses;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelay = 5000, initialDelay = 5000)
    public void balance() {
        int alive = 1 + nodes.othersAlive().size();
        if (alive == 1) {
            return;
        }
        Integer segments = jdbc.queryForObject("select count(*) from tokenentry", Integer.class);
        int share = (segments + alive - 1) / alive;
        List<StreamingEventProcessor> releasable = processors.streamingProcessors().stream()
                .filter(p -> p.isRunning() && !p.processingStatus().isEmpty() && pauses.pausedBy(p.getName()) == null)
                .toList();
        int mine = processors.streamingProcessors().stream().mapToInt(p -> p.processingStatus().size()).sum();
        if (mine <= share || releasable.isEmpty()) {
            return;
        }
        StreamingEventProcessor most = releasable.stream()
                .max(Comparator.comparingInt((StreamingEventProcessor p) -> p.processingStatus().size())
                        .thenComparing(StreamingEventProcessor::getName))
                .orElseThrow();
        int released = most.processingStatus().keySet().stream().max(Integer::compare).orElseThrow();
        log.info("Releasing segment {} of {}: this node holds {} of {} segments, {} nodes are alive",
                released, most.getName(), mine, segments, alive);
        most.releaseSegment(released, RELEASE_SECONDS, TimeUnit.SECONDS);
    }
}
