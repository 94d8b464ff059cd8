package se.planledger.ops.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.planledger.command.api.LedgerCommands;
import se.planledger.domain.followup.OutcomeValues;
import se.planledger.domain.followup.RecordOutcome;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.rejection.Rejection;
import se.planledger.query.plan.PlanSummaryView;
import se.planledger.query.plan.PlanReadModel;
import se.planledger.domain.time.TimePoint;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Walks the paths of a request once before the node reports ready, so its first user does not pay for them. A fresh
 * JVM runs its first request interpreted and initialises lazily: the servlet and both filter chains, the command bus
 * and its handlers, Jackson's readers of every plan event, the read models' SQL and the views' writers; on a quiet
 * machine the first command after start took seconds, the next ones milliseconds.
 *
 * <p>Nothing is recorded: the requests are refused for want of a user, the command is one the ledger refuses (an
 * outcome for an indicator no plan holds) after reading its plan, which also keeps the plan read for the next outcome
 * ({@code RecentPlans}). Readiness flips to accepting traffic only after the listeners of the ready event return; a
 * path the warm-up cannot walk is logged and left to the first user, never a reason not to start.
 */
@Component
@ConditionalOnProperty(name = "ledger.warm-up.enabled", havingValue = "true", matchIfMissing = true)
public class WarmUp {

    static final String USER = "warm-up";
    /** No plan holds an indicator by this id: its outcome is refused once its plan has been read. */
    static final String NO_INDICATOR = "WARMUP.I0";
    /** As many plans as the command side keeps read. */
    private static final int PLANS = 32;

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    private final LedgerCommands commands;
    private final PlanReadModel plans;
    private final ObjectMapper json;
    private volatile List<String> plansKept = List.of();

    public WarmUp(LedgerCommands commands, PlanReadModel plans, ObjectMapper json) {
        this.commands = commands;
        this.plans = plans;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady(ApplicationReadyEvent ready) {
        long start = System.nanoTime();
        if (ready.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            refusedRequests(web.getWebServer().getPort());
        }
        try {
            List<PlanSummaryView> known = plans.plans(Instant.now()).stream().limit(PLANS).toList();
            plansKept = known.stream().filter(this::readAndKeep).map(PlanSummaryView::planId).toList();
        } catch (RuntimeException e) {
            log.warn("Warm-up could not list the plans: {}", e.toString());
        }
        log.info("Warmed up in {} ms: the servlet's paths and {} plan(s) read and kept",
                (System.nanoTime() - start) / 1_000_000, plansKept.size());
    }

    /** The plans whose command path was walked at start: each read, its outcome refused as intended. */
    public List<String> plansKept() {
        return plansKept;
    }

    /**
     * The health answer and a read refused for want of a user (the filter chain, its problem document) through the
     * whole servlet. No user name is sent, so no failed sign-in is counted against anyone.
     */
    private static void refusedRequests(int port) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        List<HttpRequest> requests = List.of(
                HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(Duration.ofSeconds(10)).build(),
                HttpRequest.newBuilder(URI.create(base + "/api/v1/plans")).timeout(Duration.ofSeconds(10)).build());
        for (HttpRequest request : requests) {
            try {
                client.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (IOException | RuntimeException e) {
                log.warn("Warm-up request {} failed: {}", request.uri(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean readAndKeep(PlanSummaryView plan) {
        try {
            json.writeValueAsBytes(plans.tree(plan.planId(), new TimePoint(LocalDate.now(), Instant.now())));
        } catch (Rejection | JsonProcessingException e) {
            // A plan not yet in force has no tree today: its command path is warmed all the same.
        } catch (RuntimeException e) {
            log.warn("Warm-up of plan {} could not read its tree: {}", plan.planId(), e.toString());
        }
        try {
            commands.sendAs(new RecordOutcome(plan.planId(), NO_INDICATOR, null, plan.firstYear(), ReportingPeriod.AR,
                    new OutcomeValues(BigDecimal.ONE, null, null), null, USER, null), USER, UUID.randomUUID().toString());
            log.warn("Warm-up outcome on plan {} was accepted; it should have been refused", plan.planId());
            return false;
        } catch (Rejection expected) {
            // Refused after reading the plan, as intended: nothing recorded.
            return true;
        } catch (RuntimeException e) {
            // A warm-up that cannot walk a path (the event store not reachable yet, say) must not keep the node from
            // starting: the first user then pays for that path, as without a warm-up.
            log.warn("Warm-up of plan {} could not walk its command path: {}", plan.planId(), e.toString());
            return false;
        }
    }
}
