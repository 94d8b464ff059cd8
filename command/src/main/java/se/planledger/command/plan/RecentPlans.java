package se.planledger.command.plan;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The indicators of the plans outcomes were recorded on lately, kept as last read, for as long as each plan's stream
 * has no newer event. Recording an outcome reads its indicator from the plan: loading the plan (its snapshot, then
 * its events after it) for every outcome was most of a command's round trips and decoding. Whether a kept plan is
 * still the latest is asked of the event store for every command (its last sequence number, one indexed read), so an
 * event appended on any node makes the plan read again: no command is judged against a stale plan.
 */
public class RecentPlans implements PlannedIndicators {

    /** Enough for the plans of a region's follow-up at one time; the least recently used goes first. */
    private static final int KEPT = 32;

    private record Kept(long sequence, Plan plan) {
    }

    private final EventStore eventStore;
    private final Repository<Plan> plans;
    private final Map<String, Kept> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > KEPT;
        }
    };

    public RecentPlans(EventStore eventStore, Repository<Plan> plans) {
        this.eventStore = eventStore;
        this.plans = plans;
    }

    @Override
    public PlannedIndicator find(String planId, String indicatorId, String unit) {
        Optional<Long> last = eventStore.lastSequenceNumberFor(planId);
        Kept plan = last.map(sequence -> keptAt(planId, sequence)).orElse(null);
        if (plan == null) {
            // Not kept at its last event (or no plan at all, which loading refuses): read it, keep it as read then.
            Plan read = plans.load(planId).invoke(p -> p);
            plan = new Kept(last.orElse(-1L), read);
            if (last.isPresent()) {
                keep(planId, plan);
            }
        }
        return plan.plan().plannedIndicator(indicatorId, unit);
    }

    private synchronized Kept keptAt(String planId, long sequence) {
        Kept plan = kept.get(planId);
        return plan != null && plan.sequence() == sequence ? plan : null;
    }

    /**
     * The sequence was read before the plan was loaded: the plan read may hold a later event too, never an earlier
     * state, so it is at worst read again at the next command.
     */
    private synchronized void keep(String planId, Kept plan) {
        kept.put(planId, plan);
    }
}
