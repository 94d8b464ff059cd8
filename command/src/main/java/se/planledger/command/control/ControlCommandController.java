package se.planledger.command.control;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.planledger.command.api.IfMatch;
import se.planledger.command.api.LedgerCommands;
import se.planledger.domain.control.ActionStatus;
import se.planledger.domain.control.ActionToTake;
import se.planledger.domain.control.AdoptControlPlan;
import se.planledger.domain.control.ChangeActionStatus;
import se.planledger.domain.control.ControlPoint;
import se.planledger.domain.control.ControlResult;
import se.planledger.domain.control.RecordControl;
import se.planledger.domain.control.ReportControlFollowUp;
import se.planledger.domain.decision.Decision;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1/control-plans")
@Tag(name = "Internal control (write)", description = "Control plans, controls performed, actions, follow-up reports")
public class ControlCommandController {

    private final LedgerCommands commands;

    public ControlCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    public record NewControlPlan(String planId, String board, int year, List<ControlPoint> points, Decision decision) {
    }

    public record PerformedControl(String controlId, String pointId, LocalDate performedOn, String performer, ControlResult result,
                          String evidence, String comment, ActionToTake action) {
    }

    public record StatusChange(ActionStatus status, LocalDate changedOn, String comment) {
    }

    public record FollowUpReport(String reportId, LocalDate reportedOn, String reportedTo) {
    }

    /** The internal-control plan adopted. */
    public record ControlPlanWritten(String planId) {
    }

    /** The control performed, recorded under its plan. */
    public record ControlWritten(String planId, String controlId) {
    }

    /** The action whose status changed. */
    public record ActionWritten(String planId, String actionId) {
    }

    /** The follow-up report, frozen as delivered. */
    public record ControlReportWritten(String planId, String reportId) {
    }

    @PostMapping
    @Operation(summary = "Adopt a board's internal-control plan for a year by a decision")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names what was recorded where it has an address of its own")
    public ResponseEntity<ControlPlanWritten> adopt(@RequestBody NewControlPlan request) {
        commands.send(new AdoptControlPlan(request.planId(), request.board(), request.year(), request.points(), request.decision()));
        return ResponseEntity.created(URI.create("/api/v1/control-plans/" + request.planId())).body(new ControlPlanWritten(request.planId()));
    }

    @PostMapping("/{planId}/controls")
    @Operation(summary = "Record a control performed; a DEVIATION opens the action it names (owner required)")
    public ControlWritten control(@PathVariable String planId, @RequestBody PerformedControl request) {
        commands.send(new RecordControl(planId, request.controlId(), request.pointId(), request.performedOn(),
                request.performer(), request.result(), request.evidence(), request.comment(), request.action()));
        return new ControlWritten(planId, request.controlId());
    }

    @PostMapping("/{planId}/actions/{actionId}/status")
    @Operation(summary = "Move an action on (NOT_STARTED, ONGOING, DONE, CANCELLED); If-Match: the action's revision "
            + "read (the ETag of GET /api/v1/control-plans/{planId}/actions/{actionId}); the status and comment it has "
            + "already are refused (422)")
    public ResponseEntity<ActionWritten> changeActionStatus(@PathVariable String planId, @PathVariable String actionId,
                                                            @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
                                                            @RequestBody StatusChange request) {
        long revision = commands.send(new ChangeActionStatus(planId, actionId, request.status(), request.changedOn(),
                request.comment(), IfMatch.revision(ifMatch)));
        return ResponseEntity.ok().eTag("\"" + revision + "\"").body(new ActionWritten(planId, actionId));
    }

    @PostMapping("/{planId}/reports")
    @Operation(summary = "Report the follow-up to a body; what was reported stays as delivered")
    public ControlReportWritten report(@PathVariable String planId, @RequestBody FollowUpReport request) {
        commands.send(new ReportControlFollowUp(planId, request.reportId(), request.reportedOn(), request.reportedTo()));
        return new ControlReportWritten(planId, request.reportId());
    }
}
