package se.planledger.command.control;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.planledger.command.decision.DecisionMetaData;
import se.planledger.domain.control.ActionOpened;
import se.planledger.domain.control.ActionStatus;
import se.planledger.domain.control.ActionStatusChanged;
import se.planledger.domain.control.AdoptControlPlan;
import se.planledger.domain.control.ChangeActionStatus;
import se.planledger.domain.control.ControlFollowUpReported;
import se.planledger.domain.control.ControlPerformed;
import se.planledger.domain.control.ControlPlanAdopted;
import se.planledger.domain.control.ControlPoint;
import se.planledger.domain.control.ControlResult;
import se.planledger.domain.control.RecordControl;
import se.planledger.domain.control.ReportControlFollowUp;
import se.planledger.domain.control.ReportedPoint;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.Required;
import se.planledger.domain.rejection.RuleViolation;
import se.planledger.domain.rejection.StaleVersion;
import se.planledger.domain.rejection.UnknownItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A board's internal-control plan for a year: its control points, the controls performed, the actions deviations
 * opened, and the follow-ups reported. The chain risk → control → result → deviation → action lives here whole.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class InternalControlPlan {

    @AggregateIdentifier
    private String planId;
    private Map<String, ControlPoint> points = new LinkedHashMap<>();
    /** Every control performed per point, in the order recorded: a report dated in the past reads its own. */
    private Map<String, List<PointState>> controlled = new HashMap<>();
    private Map<String, OpenAction> actions = new HashMap<>();
    private Set<String> controlIds = new HashSet<>();
    private Set<String> reportIds = new HashSet<>();

    record PointState(LocalDate performedOn, ControlResult result) {
    }

    /** An action with every status it was given, each from its date, in the order recorded. */
    record OpenAction(String pointId, LocalDate openedOn, List<StatusChange> changes) {

        ActionStatus status() {
            return changes.isEmpty() ? ActionStatus.NOT_STARTED : changes.get(changes.size() - 1).status();
        }

        /** The comment of the latest change; none when it was only opened. */
        String comment() {
            return changes.isEmpty() ? null : changes.get(changes.size() - 1).comment();
        }

        /** Its versions: opened, then each change; the revision the read of the action answers as its ETag. */
        long revision() {
            return 1L + changes.size();
        }

        /** Open on {@code day}: opened by then, and not then finished by a change dated on or before it. */
        boolean openOn(LocalDate day) {
            ActionStatus status = changes.stream().filter(c -> !c.on().isAfter(day))
                    .max(Comparator.comparing(StatusChange::on)).map(StatusChange::status).orElse(ActionStatus.NOT_STARTED);
            return !openedOn.isAfter(day) && status.open();
        }

        OpenAction with(StatusChange change) {
            List<StatusChange> all = new ArrayList<>(changes);
            all.add(change);
            return new OpenAction(pointId, openedOn, all);
        }
    }

    record StatusChange(LocalDate on, ActionStatus status, String comment) {
    }

    protected InternalControlPlan() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public InternalControlPlan(AdoptControlPlan command) {
        Required.id("planId", command.planId());
        Required.text("board", command.board());
        if (command.points() == null || command.points().isEmpty()) {
            throw new InvalidInput("points", "an internal-control plan has at least one control point");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < command.points().size(); i++) {
            ControlPoint point = command.points().get(i);
            String where = "points[" + i + "]";
            if (!ids.add(Required.id(where + ".pointId", point.pointId()))) {
                throw new InvalidInput(where + ".pointId", "every control point has its own id");
            }
            Required.text(where + ".what", point.what());
            Required.text(where + ".performer", point.performer());
        }
        Decision decision = Decision.required(command.decision());
        apply(new ControlPlanAdopted(command.planId(), command.board().trim(), command.year(), command.points(), decision),
                DecisionMetaData.of(decision));
    }

    @CommandHandler
    public void handle(RecordControl command) {
        if (!points.containsKey(command.pointId())) {
            throw new UnknownItem("pointId", "the adopted plan " + planId + " has no control point " + command.pointId());
        }
        if (controlIds.contains(Required.id("controlId", command.controlId()))) {
            throw new InvalidInput("controlId", "every performed control has its own id");
        }
        if (command.performedOn() == null || command.result() == null) {
            throw new InvalidInput(command.performedOn() == null ? "performedOn" : "result",
                    "a performed control states its date and its result (NO_REMARKS or DEVIATION)");
        }
        if (command.result() == ControlResult.DEVIATION) {
            requireAction(command);
        }
        apply(new ControlPerformed(planId, command.controlId(), command.pointId(), command.performedOn(), command.performer(),
                command.result(), command.evidence(), command.comment()));
        if (command.result() == ControlResult.DEVIATION) {
            apply(new ActionOpened(planId, command.action().actionId(), command.controlId(), command.pointId(),
                    command.action().what(), command.action().owner().trim(), command.action().dueDate(), command.performedOn()));
        }
    }

    /** Returns the action's new revision, the ETag for the writer's next change. */
    @CommandHandler
    public long handle(ChangeActionStatus command) {
        OpenAction action = actions.get(command.actionId());
        if (action == null) {
            throw new UnknownItem("actionId", "plan " + planId + " has no action " + command.actionId());
        }
        StaleVersion.unlessCurrent(command.expectedRevision(), action.revision());
        if (!action.status().open()) {
            throw new RuleViolation("final-status", "status", "action " + command.actionId() + " is already "
                    + action.status(), Map.of("status", action.status()));
        }
        if (command.status() == null || command.changedOn() == null) {
            throw new InvalidInput(command.status() == null ? "status" : "changedOn", "state the new status and its date");
        }
        if (command.status() == action.status() && Objects.equals(blankless(command.comment()), blankless(action.comment()))) {
            throw new RuleViolation("revision-changes-something", "status", "the change states action "
                    + command.actionId() + " exactly as revision " + action.revision() + " does (" + action.status()
                    + ", the same comment); nothing to record");
        }
        apply(new ActionStatusChanged(planId, command.actionId(), command.status(), command.changedOn(), command.comment()));
        return action.revision() + 1;
    }

    /** A comment as it reads: an empty one is none. */
    private static String blankless(String comment) {
        return comment == null || comment.isBlank() ? null : comment.trim();
    }

    @CommandHandler
    public void handle(ReportControlFollowUp command) {
        if (reportIds.contains(Required.id("reportId", command.reportId()))) {
            throw new InvalidInput("reportId", "every follow-up report has its own id");
        }
        if (command.reportedOn() == null) {
            throw new InvalidInput("reportedOn", "a follow-up states when it was reported");
        }
        Required.text("reportedTo", command.reportedTo());
        // The report freezes the points as they stood on its date, not when it was recorded: a control performed
        // or an action finished after the report date is not in it.
        LocalDate asOf = command.reportedOn();
        List<ReportedPoint> reported = new ArrayList<>();
        points.values().forEach(point -> {
            PointState state = controlled.getOrDefault(point.pointId(), List.of()).stream()
                    .filter(c -> !c.performedOn().isAfter(asOf))
                    .max(Comparator.comparing(PointState::performedOn)).orElse(null);
            List<String> open = actions.entrySet().stream()
                    .filter(a -> a.getValue().pointId().equals(point.pointId()) && a.getValue().openOn(asOf))
                    .map(Map.Entry::getKey).sorted().toList();
            reported.add(new ReportedPoint(point.pointId(), point.what(), point.performer(),
                    state == null ? null : state.performedOn(), state == null ? null : state.result(), open));
        });
        apply(new ControlFollowUpReported(planId, command.reportId(), command.reportedOn(), command.reportedTo().trim(), reported));
    }

    @EventSourcingHandler
    void on(ControlPlanAdopted event) {
        planId = event.planId();
        event.points().forEach(p -> points.put(p.pointId(), p));
    }

    @EventSourcingHandler
    void on(ControlPerformed event) {
        controlIds.add(event.controlId());
        controlled.computeIfAbsent(event.pointId(), p -> new ArrayList<>())
                .add(new PointState(event.performedOn(), event.result()));
    }

    @EventSourcingHandler
    void on(ActionOpened event) {
        actions.put(event.actionId(), new OpenAction(event.pointId(), event.openedOn(), List.of()));
    }

    @EventSourcingHandler
    void on(ActionStatusChanged event) {
        actions.computeIfPresent(event.actionId(), (id, a) -> a.with(new StatusChange(event.changedOn(), event.status(), event.comment())));
    }

    @EventSourcingHandler
    void on(ControlFollowUpReported event) {
        reportIds.add(event.reportId());
    }

    private void requireAction(RecordControl command) {
        if (command.action() == null) {
            throw new InvalidInput("action", "a deviation opens an action: say what is to be done, who owns it and by when");
        }
        Required.text("action.owner", command.action().owner());
        if (actions.containsKey(Required.id("action.actionId", command.action().actionId()))) {
            throw new InvalidInput("action.actionId", "every action has its own id");
        }
        Required.text("action.what", command.action().what());
        if (command.action().dueDate() == null) {
            throw new InvalidInput("action", "an action says by when it is to be done");
        }
    }
}
