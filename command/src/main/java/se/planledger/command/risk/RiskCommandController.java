package se.planledger.command.risk;

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
import se.planledger.domain.risk.AdoptRiskScale;
import se.planledger.domain.risk.AssessRisk;
import se.planledger.domain.risk.CloseRisk;
import se.planledger.domain.risk.ReassessRisk;
import se.planledger.domain.risk.RiskDescription;
import se.planledger.domain.risk.RiskScale;
import se.planledger.domain.risk.RiskSubject;

import java.net.URI;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/v1/risk-registers/{registerId}")
@Tag(name = "Risks (write)", description = "Risk scales, assessments, reassessments and closing")
public class RiskCommandController {

    private final LedgerCommands commands;

    public RiskCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    public record NewScale(String board, RiskScale scale, LocalDate effectiveFrom) {
    }

    public record NewRisk(String riskId, RiskSubject subject, String planPeriod, RiskDescription description,
                          int consequence, int probability, LocalDate assessedOn, String assessor) {
    }

    public record Reassessment(RiskDescription description, int consequence, int probability, LocalDate assessedOn,
                               String assessor, String reason) {
    }

    public record Closing(LocalDate closedOn, String reason) {
    }

    /** The register and the version of the scale it now has. */
    public record ScaleWritten(String registerId, int scaleVersion) {
    }

    /** The risk assessed, reassessed or closed. */
    public record RiskWritten(String registerId, String riskId) {
    }

    @PostMapping("/scales")
    @Operation(summary = "Open the register with its scale, or change the scale from a date on (past assessments keep theirs)")
    public ScaleWritten adoptScale(@PathVariable String registerId, @RequestBody NewScale request) {
        commands.send(new AdoptRiskScale(registerId, request.board(), request.scale(), request.effectiveFrom()));
        return new ScaleWritten(registerId, request.scale().version());
    }

    @PostMapping("/risks")
    @Operation(summary = "Assess a new risk on the scale in force on its date")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names what was recorded where it has an address of its own")
    public ResponseEntity<RiskWritten> assess(@PathVariable String registerId, @RequestBody NewRisk request) {
        commands.send(new AssessRisk(registerId, request.riskId(), request.subject(), request.planPeriod(),
                request.description(), request.consequence(), request.probability(), request.assessedOn(), request.assessor()));
        return ResponseEntity.created(URI.create("/api/v1/risk-registers/" + registerId + "/risks/" + request.riskId()))
                .body(new RiskWritten(registerId, request.riskId()));
    }

    @PostMapping("/risks/{riskId}/reassessments")
    @Operation(summary = "Reassess a risk: a new version with who, when and why; If-Match: the risk's version read "
            + "(the ETag of GET /api/v1/risk-registers/{registerId}/risks/{riskId}); the same texts and scores are refused")
    public ResponseEntity<RiskWritten> reassess(@PathVariable String registerId, @PathVariable String riskId,
                                                @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
                                                @RequestBody Reassessment request) {
        Long expected = IfMatch.revision(ifMatch);
        long revision = commands.send(new ReassessRisk(registerId, riskId, request.description(), request.consequence(),
                request.probability(), request.assessedOn(), request.assessor(), request.reason(), expected));
        return written(registerId, riskId, revision);
    }

    @PostMapping("/risks/{riskId}/closing")
    @Operation(summary = "Close a risk; it stays in history; If-Match: the risk's version read")
    public ResponseEntity<RiskWritten> close(@PathVariable String registerId, @PathVariable String riskId,
                                             @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
                                             @RequestBody Closing request) {
        Long expected = IfMatch.revision(ifMatch);
        long revision = commands.send(new CloseRisk(registerId, riskId, request.closedOn(), request.reason(), expected));
        return written(registerId, riskId, revision);
    }

    /** The risk written, its new version as the ETag. */
    private static ResponseEntity<RiskWritten> written(String registerId, String riskId, long revision) {
        return ResponseEntity.ok().eTag("\"" + revision + "\"").body(new RiskWritten(registerId, riskId));
    }
}
