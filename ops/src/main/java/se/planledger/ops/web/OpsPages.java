package se.planledger.ops.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.planledger.command.api.PageForms;
import se.planledger.domain.rejection.Rejection;
import se.planledger.ops.audit.ProjectionCatchUp;
import se.planledger.ops.jobs.OpsJob;
import se.planledger.ops.jobs.OpsJobs;
import se.planledger.ops.seal.ChainVerification;
import se.planledger.ops.seal.EventSeals;
import se.planledger.query.page.WorkspacePage;
import se.planledger.query.plan.PlanReadModel;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The audit page of the workspace: start an audit replay (auditors) or a projection rebuild (administrators), follow
 * its progress bar and time left, then read its result; the latest jobs of every node. And the event chain's
 * verification, with the head seal to write down and, for one written down before, whether the history extends it.
 */
@Controller
@WorkspacePage
public class OpsPages {

    /** A job's state in the page's words. */
    static final Map<OpsJob.State, String> STATES = Map.of(OpsJob.State.RUNNING, "Pågår", OpsJob.State.DONE, "Klar",
            OpsJob.State.FAILED, "Misslyckades", OpsJob.State.INTERRUPTED, "Avbruten");
    static final Map<String, String> KINDS = Map.of("audit", "Granskning", "rebuild", "Ombyggnad");

    private final OpsTasks tasks;
    private final OpsJobs jobs;
    private final ProjectionCatchUp processors;
    private final PlanReadModel plans;
    private final Clock clock;
    private final EventSeals seals;

    public OpsPages(OpsTasks tasks, OpsJobs jobs, ProjectionCatchUp processors, PlanReadModel plans, Clock clock,
                    EventSeals seals) {
        this.seals = seals;
        this.tasks = tasks;
        this.jobs = jobs;
        this.processors = processors;
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/audit")
    public String audit(Model model) {
        model.addAttribute("jobs", jobs.latest(10));
        model.addAttribute("groups", processors.streamingProcessors().stream().map(StreamingEventProcessor::getName)
                .sorted().toList());
        model.addAttribute("plans", plans.plans(clock.instant()));
        model.addAttribute("states", STATES);
        model.addAttribute("kinds", KINDS);
        return "audit/audit";
    }

    /** {@code upTo}: the audit's "known at"; named apart from the page's own time point, which every page reads. */
    @PostMapping("/audit/audits")
    public String startAudit(@RequestParam(required = false) String upTo, @RequestParam(required = false) String planId,
                             RedirectAttributes flash) {
        return started(flash, Map.of("upTo", text(upTo), "planId", text(planId)), () -> tasks.audit(upTo, planId));
    }

    @PostMapping("/audit/rebuilds")
    public String startRebuild(@RequestParam(required = false) String group, RedirectAttributes flash) {
        return started(flash, Map.of("group", text(group)), () -> tasks.rebuild(group));
    }

    /**
     * The chain verified now; {@code since} a head written down earlier ({@code index:seal}). A badly written head, or
     * a store that keeps no chain (Axon Server), is said on the page, with nothing verified.
     */
    @GetMapping("/audit/verification")
    public String verification(@RequestParam(required = false) String since, Model model) {
        String head = since == null || since.isBlank() ? null : since.trim();
        model.addAttribute("since", head);
        if (!seals.chainKept()) {
            model.addAttribute("refusal", Map.of("field", "", "reason", "Med Axon Server lagras händelserna i Axon "
                    + "Servers egen lagring, som liggaren inte förseglar: det finns ingen händelsekedja att verifiera."));
            return "audit/verification";
        }
        try {
            ChainVerification chain = seals.verify(head);
            model.addAttribute("chain", chain);
            model.addAttribute("breakReason", chain.firstBreak() == null ? null : ChainWords.of(chain.firstBreak().reason()));
            model.addAttribute("snapshotReasons", chain.snapshotsNotMatching().stream()
                    .map(s -> ChainWords.of(s.reason())).toList());
        } catch (Rejection refused) { // the one refusal left: a head not written as index:seal
            model.addAttribute("refusal", Map.of("field", refused.field(), "reason", "Skriv huvudsigillet som "
                    + "<index>:<sigill>, sigillet med 64 hexadecimala tecken (0-9, a-f), så som sidan visar det."));
        }
        return "audit/verification";
    }

    @GetMapping("/audit/jobs/{jobId}")
    public String job(@PathVariable String jobId, Model model) {
        OpsJob job = jobs.get(jobId);
        JsonNode result = job.result() instanceof JsonNode node ? node : null;
        model.addAttribute("job", job);
        model.addAttribute("rebuilt", result != null && result.has("verification") ? result : null);
        model.addAttribute("audit", result == null ? null : result.has("verification") ? result.path("verification") : result);
        model.addAttribute("states", STATES);
        model.addAttribute("kinds", KINDS);
        return "audit/job";
    }

    /** To the started job's page; refused (a bad knownAt, an unknown group), back to the audit page with why. */
    private static String started(RedirectAttributes flash, Map<String, String> entered,
                                  Supplier<OpsJob> start) {
        try {
            return "redirect:/audit/jobs/" + start.get().id();
        } catch (Rejection refused) {
            return PageForms.refused(flash, entered, "/audit", refused.field(), refused.reason(), refused.details());
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
