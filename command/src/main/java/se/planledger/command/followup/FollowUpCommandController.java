package se.planledger.command.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.planledger.command.api.IfMatch;
import se.planledger.command.api.LedgerCommands;
import se.planledger.command.api.UploadFormat;
import se.planledger.command.api.UploadText;
import se.planledger.domain.followup.CorrectOutcome;
import se.planledger.domain.followup.Fulfilment;
import se.planledger.domain.followup.JudgeGoal;
import se.planledger.domain.followup.OutcomeValues;
import se.planledger.domain.followup.RecordOutcome;
import se.planledger.domain.followup.RecordOutcomes;
import se.planledger.domain.followup.ReevaluateOutcome;
import se.planledger.domain.followup.ReportWorkStatus;
import se.planledger.domain.followup.WorkStatus;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.rejection.InvalidInput;

import java.math.BigDecimal;
import java.util.List;

@RestController
@RequestMapping("/api/v1/plans/{planId}")
@Tag(name = "Follow-up (write)", description = "Indicator outcomes, corrections and goal judgements")
public class FollowUpCommandController {

    private static final Logger log = LoggerFactory.getLogger(FollowUpCommandController.class);

    private final LedgerCommands commands;

    public FollowUpCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    public record Outcome(String indicatorId, String unit, int year, ReportingPeriod period, OutcomeValues values,
                          BigDecimal peerValue, String source, String comment) {
    }

    public record OutcomeCorrection(String indicatorId, String unit, int year, ReportingPeriod period, OutcomeValues values,
                             BigDecimal peerValue, String reason) {
    }

    public record Reevaluation(String indicatorId, String unit, int year, ReportingPeriod period, String reason) {
    }

    public record WorkStatusReport(String itemId, int year, ReportingPeriod period, WorkStatus status, String comment) {
    }

    public record GoalJudgement(String goalId, int year, ReportingPeriod period, Fulfilment fulfilment, String narrative) {
    }

    /** The indicator whose outcome was recorded or corrected. */
    public record OutcomeWritten(String planId, String indicatorId) {
    }

    /** How many outcomes an import recorded, all in one change. */
    public record OutcomesWritten(String planId, int outcomes) {
    }

    /** The activity or assignment whose status was reported. */
    public record WorkStatusWritten(String planId, String itemId) {
    }

    /** The strategic goal the board judged. */
    public record JudgementWritten(String planId, String goalId) {
    }

    @PostMapping("/outcomes")
    @Operation(summary = "Record an indicator's outcome (total and/or K/M) for a unit and period; it is judged against the target")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names what was recorded where it has an address of its own")
    public ResponseEntity<OutcomeWritten> record(@PathVariable String planId, @RequestBody Outcome request) {
        commands.send(new RecordOutcome(planId, request.indicatorId(), request.unit(), request.year(), request.period(),
                request.values(), request.peerValue(), request.source(), request.comment()));
        return ResponseEntity.status(201).body(new OutcomeWritten(planId, request.indicatorId()));
    }

    @PostMapping(value = "/outcomes/import", consumes = {"text/csv", "text/plain", "application/vnd.ms-excel"})
    @Operation(summary = "Import outcomes from CSV (period; unit; indicator code; column T/K/M; value; source), UTF-8 or "
            + "Windows-1252, all rows or none: bad rows get a 400 problem listing each row, field and reason")
    public OutcomesWritten importOutcomes(@PathVariable String planId, @RequestBody byte[] file) {
        if (UploadFormat.of(file, null, null) == UploadFormat.XLSX) {
            throw new InvalidInput("file", "outcomes are imported from CSV, not from a workbook; save the sheet as "
                    + "\"CSV UTF-8\" or \"CSV (semikolonavgränsad)\"");
        }
        List<RecordOutcome> outcomes = OutcomeFile.read(planId, UploadText.decode(file));
        log.info("Importing {} outcomes into plan {} as one change", outcomes.size(), planId);
        commands.send(new RecordOutcomes(planId, outcomes));
        return new OutcomesWritten(planId, outcomes.size());
    }

    @PostMapping("/outcomes/corrections")
    @Operation(summary = "Correct a recorded outcome with a reason; the value first reported stays known (knownAt). "
            + "If-Match: the outcome's revision read (the ETag of its history); the values it has already are refused (422)")
    public OutcomeWritten correct(@PathVariable String planId,
                                  @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
                                  @RequestBody OutcomeCorrection request) {
        Long expected = IfMatch.revision(ifMatch);
        commands.send(new CorrectOutcome(planId, request.indicatorId(), request.unit(), request.year(), request.period(),
                request.values(), request.peerValue(), request.reason(), expected));
        return new OutcomeWritten(planId, request.indicatorId());
    }

    @PostMapping("/outcomes/reevaluations")
    @Operation(summary = "Judge a recorded outcome again by today's rules, with a reason; the judgement it had stays in "
            + "the reports as known before (knownAt), and one the rules give again unchanged is refused (422). "
            + "If-Match: the outcome's revision read (the ETag of its history)")
    public OutcomeWritten reevaluate(@PathVariable String planId,
                                     @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
                                     @RequestBody Reevaluation request) {
        Long expected = IfMatch.revision(ifMatch);
        commands.send(new ReevaluateOutcome(planId, request.indicatorId(), request.unit(), request.year(),
                request.period(), request.reason(), expected));
        return new OutcomeWritten(planId, request.indicatorId());
    }

    @PostMapping("/work-statuses")
    @Operation(summary = "Report an activity's or assignment's status (NOT_STARTED, ONGOING, DONE, CANCELLED) for a period, "
            + "with a comment; a comment alone where the report states no status (then not stated); neither is refused")
    public WorkStatusWritten status(@PathVariable String planId, @RequestBody WorkStatusReport request) {
        commands.send(new ReportWorkStatus(planId, request.itemId(), request.year(), request.period(), request.status(),
                request.comment()));
        return new WorkStatusWritten(planId, request.itemId());
    }

    @PostMapping("/goal-judgements")
    @Operation(summary = "The board's judgement of a strategic goal for a report period, with its narrative")
    public JudgementWritten judge(@PathVariable String planId, @RequestBody GoalJudgement request) {
        commands.send(new JudgeGoal(planId, request.goalId(), request.year(), request.period(), request.fulfilment(),
                request.narrative()));
        return new JudgementWritten(planId, request.goalId());
    }
}
