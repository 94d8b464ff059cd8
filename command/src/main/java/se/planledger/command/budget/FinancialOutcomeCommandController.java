package se.planledger.command.budget;

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
import se.planledger.domain.budget.CorrectFinancialOutcome;
import se.planledger.domain.budget.FinancialFigures;
import se.planledger.domain.budget.RecordFinancialOutcome;
import se.planledger.domain.plan.ReportingPeriod;

@RestController
@RequestMapping("/api/v1/financial-outcomes")
@Tag(name = "Financial follow-up (write)", description = "Record units' results, targets and forecasts per report")
public class FinancialOutcomeCommandController {

    private final LedgerCommands commands;

    public FinancialOutcomeCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    public record FinancialCorrection(ReportingPeriod period, FinancialFigures figures, String reason) {
    }

    /** The unit's follow-up and the report (period) recorded or corrected in it. */
    public record FinancialReportWritten(String followUpId, ReportingPeriod period) {
    }

    @PostMapping
    @Operation(summary = "Record what a unit reported for a year at DÅ04, DÅ08 or ÅR")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names what was recorded where it has an address of its own")
    public ResponseEntity<FinancialReportWritten> record(@RequestBody RecordFinancialOutcome command) {
        commands.send(command);
        return ResponseEntity.status(201).body(new FinancialReportWritten(command.followUpId(), command.period()));
    }

    @PostMapping("/{followUpId}/corrections")
    @Operation(summary = "Correct a recorded report; the first figures stay known (knownAt). If-Match: the report's "
            + "revision read (the ETag of GET /api/v1/financial-outcomes/{followUpId}/history?period=…); the figures it "
            + "has already are refused (422)")
    public ResponseEntity<FinancialReportWritten> correct(@PathVariable String followUpId,
                                                          @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
                                                          @RequestBody FinancialCorrection correction) {
        Long expected = IfMatch.revision(ifMatch);
        long revision = commands.send(new CorrectFinancialOutcome(followUpId, correction.period(), correction.figures(),
                correction.reason(), expected));
        return ResponseEntity.ok().eTag("\"" + revision + "\"")
                .body(new FinancialReportWritten(followUpId, correction.period()));
    }
}
