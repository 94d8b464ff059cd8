package se.planledger.command.plan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.planledger.command.decision.DecisionMetaData;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.followup.GoalJudged;
import se.planledger.domain.followup.JudgeGoal;
import se.planledger.domain.followup.OutcomeCorrected;
import se.planledger.domain.followup.OutcomeRecorded;
import se.planledger.domain.followup.OutcomeValues;
import se.planledger.domain.followup.PeriodOfYear;
import se.planledger.domain.followup.ReportWorkStatus;
import se.planledger.domain.followup.WorkStatusReported;
import se.planledger.domain.plan.AddPlanItem;
import se.planledger.domain.plan.AdoptPlan;
import se.planledger.domain.plan.DraftPlan;
import se.planledger.domain.plan.DraftPlanRevision;
import se.planledger.domain.plan.PlanAdopted;
import se.planledger.domain.plan.PlanDrafted;
import se.planledger.domain.plan.PlanYears;
import se.planledger.domain.plan.PlanItemAdded;
import se.planledger.domain.plan.PlanItemRetired;
import se.planledger.domain.plan.PlanItemRevised;
import se.planledger.domain.plan.PlanRevised;
import se.planledger.domain.plan.PlanRevisionDrafted;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.plan.RetirePlanItem;
import se.planledger.domain.plan.RevisePlan;
import se.planledger.domain.plan.RevisePlanItem;
import se.planledger.domain.plan.item.Indicator;
import se.planledger.domain.plan.item.ItemContent;
import se.planledger.domain.plan.item.ItemKind;
import se.planledger.domain.plan.item.StrategicGoal;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.Required;
import se.planledger.domain.rejection.RuleViolation;
import se.planledger.domain.rejection.StaleVersion;
import se.planledger.domain.rejection.UnknownItem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A plan and its goal tree. Changes go into an open draft version; a decision (adoption, then revisions)
 * puts that version in force. Keeping the whole tree in one aggregate makes the tree rules (a parent exists
 * and is active, a parent with active children cannot retire) consistent without cross-aggregate checks. The
 * board's goal judgements and the work statuses of its activities stay here (they name the plan's items and keep no
 * state); outcomes have their own boundary, {@code OutcomeSeries}, and read the indicator they are judged against
 * from here ({@link #plannedIndicator}).
 */
@Aggregate(snapshotTriggerDefinition = "planSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY) // snapshots are Jackson-serialized fields
public class Plan {


    @AggregateIdentifier
    private String planId;
    private int firstYear;
    private int lastYear;
    /** The version changes go into; 0 when no draft is open. */
    private int openVersion;
    private int decidedVersion;
    private LocalDate lastEffectiveDate;
    private Map<String, PlanItemState> items = new HashMap<>();
    /**
     * Outcome values by indicator, unit, year and period, as recorded on this stream before outcomes had one of their
     * own ({@code OutcomeSeries}); only older plans hold any. The name and key shape are those of older snapshots.
     */
    private Map<String, OutcomeValues> outcomes = new HashMap<>();

    protected Plan() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Plan(DraftPlan command) {
        Required.id("planId", command.planId());
        Required.text("title", command.title());
        if (command.board() == null) {
            throw new InvalidInput("board", "the board that owns the plan is required (RF, RS, RUN, PN or RD)");
        }
        PlanYears years = PlanYears.drafted(command.firstYear(), command.lastYear());
        apply(new PlanDrafted(command.planId(), command.title().trim(), command.board(), years.first(), years.last()));
    }

    @CommandHandler
    public void handle(AdoptPlan command) {
        Decision decision = Decision.required(command.decision());
        if (decidedVersion > 0) {
            throw new RuleViolation("plan-adopted-once", "planId", "the plan is already adopted; revise it instead");
        }
        apply(new PlanAdopted(planId, openVersion, decision), DecisionMetaData.of(decision));
    }

    @CommandHandler
    public void handle(DraftPlanRevision command) {
        if (decidedVersion == 0) {
            throw new RuleViolation("revision-after-adoption", "planId", "the plan is not adopted yet; change the draft");
        }
        if (openVersion != 0) {
            throw new RuleViolation("one-open-draft", "planId", "version " + openVersion + " is already open for changes");
        }
        apply(new PlanRevisionDrafted(planId, decidedVersion + 1, decidedVersion));
    }

    @CommandHandler
    public void handle(RevisePlan command) {
        Decision decision = Decision.required(command.decision());
        if (decidedVersion == 0 || openVersion == 0) {
            throw new RuleViolation("revision-needs-draft", "planId",
                    "there is no drafted revision to decide; draft a revision first");
        }
        if (decision.effectiveDate().isBefore(lastEffectiveDate)) {
            throw new RuleViolation("revisions-in-order", "decision.effectiveDate",
                    "a revision cannot take effect before the version it revises (" + lastEffectiveDate + ")",
                    Map.of("effectiveDate", decision.effectiveDate(), "previousEffectiveDate", lastEffectiveDate));
        }
        apply(new PlanRevised(planId, openVersion, decision), DecisionMetaData.of(decision));
    }

    @CommandHandler
    public void handle(AddPlanItem command) {
        int version = requireOpenDraft();
        Required.id("itemId", command.itemId());
        if (items.containsKey(command.itemId())) {
            throw new RuleViolation("item-id-unique", "itemId", "the plan already has an item " + command.itemId());
        }
        ItemContent content = requireContent(command.content());
        requireParent(content.itemKind(), command.parentId());
        apply(new PlanItemAdded(planId, version, command.itemId(), 1, blankToNull(command.parentId()), content));
    }

    /** Returns the item's new revision, the ETag for the writer's next change. */
    @CommandHandler
    public long handle(RevisePlanItem command) {
        int version = requireOpenDraft();
        PlanItemState item = requireActiveItem(command.itemId(), command.expectedRevision());
        ItemContent content = requireContent(command.content());
        if (content.itemKind() != item.kind()) {
            throw new InvalidInput("content.kind", "item " + command.itemId() + " is a " + item.kind()
                    + " and cannot become a " + content.itemKind());
        }
        if (content.equals(item.content())) {
            throw new RuleViolation("revision-changes-something", "content", "the revision states item "
                    + command.itemId() + " exactly as revision " + item.revision() + " does; nothing to record");
        }
        apply(new PlanItemRevised(planId, version, command.itemId(), item.revision() + 1, content));
        return item.revision() + 1;
    }

    /** Returns the item's new revision. */
    @CommandHandler
    public long handle(RetirePlanItem command) {
        int version = requireOpenDraft();
        PlanItemState item = requireActiveItem(command.itemId(), command.expectedRevision());
        Required.text("reason", command.reason());
        List<String> activeChildren = items.entrySet().stream()
                .filter(e -> command.itemId().equals(e.getValue().parentId()) && !e.getValue().retired())
                .map(Map.Entry::getKey).sorted().toList();
        if (!activeChildren.isEmpty()) {
            throw new RuleViolation("retire-children-first", "itemId", "item " + command.itemId()
                    + " still has active items under it: " + String.join(", ", activeChildren),
                    Map.of("activeChildren", activeChildren));
        }
        apply(new PlanItemRetired(planId, version, command.itemId(), item.revision() + 1, command.reason().trim()));
        return item.revision() + 1;
    }

    @CommandHandler
    public void handle(JudgeGoal command) {
        PlanItemState goal = items.get(command.goalId());
        if (goal == null || goal.kind() != ItemKind.STRATEGIC_GOAL) {
            throw new UnknownItem("goalId", "the plan has no strategic goal " + command.goalId());
        }
        years().require("year", command.year());
        if (command.fulfilment() == null || command.period() == null) {
            throw new InvalidInput(command.period() == null ? "period" : "fulfilment", "state the report period and the judgement");
        }
        apply(new GoalJudged(planId, command.goalId(), command.year(), command.period(), command.fulfilment(),
                command.narrative()));
    }

    @CommandHandler
    public void handle(ReportWorkStatus command) {
        PlanItemState item = items.get(command.itemId());
        if (item == null || (item.kind() != ItemKind.ACTIVITY && item.kind() != ItemKind.ASSIGNMENT)) {
            throw new UnknownItem("itemId", "the plan has no activity or assignment " + command.itemId());
        }
        if (command.period() == null) {
            throw new InvalidInput("period", "state the report period");
        }
        // A report may print a comment under a status it does not state; with neither there is nothing to report.
        if (command.status() == null && (command.comment() == null || command.comment().isBlank())) {
            throw new InvalidInput("status", "state the status, or the comment the report gives when it states none");
        }
        years().require("year", command.year());
        apply(new WorkStatusReported(planId, command.itemId(), command.year(), command.period(), command.status(),
                command.comment()));
    }

    /** Outcomes stored on the plan's own stream, before follow-up had its own boundary (see {@link #plannedIndicator}). */
    @EventSourcingHandler
    void on(OutcomeRecorded event) {
        outcomes.put(legacyKey(event.indicatorId(), event.unit(), new PeriodOfYear(event.year(), event.period())),
                event.values());
    }

    @EventSourcingHandler
    void on(OutcomeCorrected event) {
        outcomes.put(legacyKey(event.indicatorId(), event.unit(), new PeriodOfYear(event.year(), event.period())),
                event.values());
    }

    @EventSourcingHandler
    void on(PlanDrafted event) {
        planId = event.planId();
        firstYear = event.firstYear();
        lastYear = event.lastYear();
        openVersion = 1;
    }

    @EventSourcingHandler
    void on(PlanAdopted event) {
        decided(event.version(), event.decision());
    }

    @EventSourcingHandler
    void on(PlanRevisionDrafted event) {
        openVersion = event.version();
    }

    @EventSourcingHandler
    void on(PlanRevised event) {
        decided(event.version(), event.decision());
    }

    @EventSourcingHandler
    void on(PlanItemAdded event) {
        items.put(event.itemId(), new PlanItemState(event.content().itemKind(), event.parentId(), event.revision(), false,
                event.content()));
    }

    @EventSourcingHandler
    void on(PlanItemRevised event) {
        items.computeIfPresent(event.itemId(), (id, item) -> item.revisedTo(event.revision(), event.content()));
    }

    @EventSourcingHandler
    void on(PlanItemRetired event) {
        items.computeIfPresent(event.itemId(), (id, item) -> item.retiredAt(event.revision()));
    }

    /**
     * The indicator as the plan holds it now, for the follow-up to check and judge an outcome of {@code unit} against;
     * with that unit's outcomes recorded on this plan's stream before outcomes had a stream of their own.
     */
    public PlannedIndicator plannedIndicator(String indicatorId, String unit) {
        PlanItemState item = items.get(indicatorId);
        if (item == null || item.retired() || !(item.content() instanceof Indicator indicator)) {
            throw new UnknownItem("indicatorId", "the plan has no indicator " + indicatorId);
        }
        String prefix = indicatorId + "|" + unit + "|";
        NavigableMap<PeriodOfYear, OutcomeValues> recordedHere = new TreeMap<>();
        outcomes.forEach((key, values) -> {
            if (key.startsWith(prefix)) {
                String[] when = key.substring(prefix.length()).split("-");
                recordedHere.put(new PeriodOfYear(Integer.parseInt(when[0]), ReportingPeriod.valueOf(when[2])), values);
            }
        });
        return new PlannedIndicator(planId, indicatorId, indicator, years(), recordedHere);
    }

    /** The key outcomes have in snapshots taken while they were kept here: "indicator|unit|year-order-PERIOD". */
    private static String legacyKey(String indicatorId, String unit, PeriodOfYear when) {
        return indicatorId + "|" + unit + "|" + when.year() + "-" + when.period().orderInYear() + "-" + when.period().name();
    }

    private void decided(int version, Decision decision) {
        decidedVersion = version;
        openVersion = 0;
        lastEffectiveDate = decision.effectiveDate();
    }

    private int requireOpenDraft() {
        if (openVersion == 0) {
            throw new RuleViolation("changes-in-draft", "planId", "version " + decidedVersion
                    + " of the plan is decided; draft a revision to change it");
        }
        return openVersion;
    }

    private PlanItemState requireActiveItem(String itemId, Long expectedRevision) {
        PlanItemState item = items.get(itemId);
        if (item == null) {
            throw new UnknownItem("itemId", "the plan has no item " + itemId);
        }
        StaleVersion.unlessCurrent(expectedRevision, item.revision());
        if (item.retired()) {
            throw new RuleViolation("retired-is-final", "itemId", "item " + itemId + " is retired");
        }
        return item;
    }

    private ItemContent requireContent(ItemContent content) {
        if (content == null) {
            throw new InvalidInput("content", "the item's content is required");
        }
        Required.text("name", content.name());
        if (content instanceof StrategicGoal goal && goal.perspective() == null) {
            throw new InvalidInput("perspective", "a strategic goal needs its perspective");
        }
        if (content instanceof Indicator indicator) {
            indicator.targets().keySet().forEach(year -> years().require("targets", year));
            indicator.targetContradicting().ifPresent(target -> {
                throw new InvalidInput("goodDirection", "the target \"" + target.text() + "\" says another direction "
                        + "than " + indicator.goodDirection());
            });
        }
        return content;
    }

    private void requireParent(ItemKind kind, String parentId) {
        String wanted = blankToNull(parentId);
        if (kind.parentKind().isEmpty()) {
            if (wanted != null) {
                throw new InvalidInput("parentId", "a " + kind + " sits at the top of the plan and has no parent");
            }
            return;
        }
        ItemKind parentKind = kind.parentKind().get();
        if (wanted == null) {
            throw new InvalidInput("parentId", "a " + kind + " needs the " + parentKind + " it belongs to");
        }
        PlanItemState parent = items.get(wanted);
        if (parent == null || parent.kind() != parentKind) {
            throw new InvalidInput("parentId", "the plan has no " + parentKind + " " + wanted);
        }
        if (parent.retired()) {
            throw new RuleViolation("retired-is-final", "parentId", parentKind + " " + wanted + " is retired");
        }
    }

    /** Kept as two numbers, the shape the plan's snapshots have. */
    private PlanYears years() {
        return new PlanYears(firstYear, lastYear);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
