package se.planledger.command.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.planledger.command.api.IfMatch;
import se.planledger.command.api.LedgerCommands;
import se.planledger.command.api.UploadFormat;
import se.planledger.domain.budget.DecideFrameworkTable;
import se.planledger.domain.budget.ReviseFrameworkTable;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;

import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.NotAllowed;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/v1/framework-tables")
@Tag(name = "Budget frameworks (write)", description = "Record decided framework tables and their revisions")
public class FrameworkCommandController {

    private static final Pattern IMPORT_PARAMETERS = Pattern.compile(
            "(figures\\.(title|amountUnit|decimals|year))|(decision\\.(body|reference|decisionDate|effectiveDate))");

    private static final Logger log = LoggerFactory.getLogger(FrameworkCommandController.class);

    private final LedgerCommands commands;

    public FrameworkCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    public record DecidedTable(String tableId, TableFigures figures, Decision decision) {
    }

    public record Revision(TableFigures figures, Decision decision) {
    }

    /** The table written and its version (the ETag); rows only from an import, left out of the JSON otherwise. */
    public record TableWritten(String tableId, int version, Integer rows) {
    }

    @PostMapping
    @Operation(summary = "Record a framework table as decided (figures kept as stated, added up or not)")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names what was recorded where it has an address of its own")
    public ResponseEntity<TableWritten> decide(@RequestBody DecidedTable request) {
        commands.send(new DecideFrameworkTable(request.tableId(), request.figures(), request.decision()));
        return ResponseEntity.created(URI.create("/api/v1/framework-tables/" + request.tableId())).eTag("\"1\"")
                .body(new TableWritten(request.tableId(), 1, null));
    }

    @PostMapping(value = "/{tableId}/import", consumes = {"text/csv", "text/plain", "application/vnd.ms-excel",
            "application/octet-stream", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Import a table file (CSV or XLSX, the seed's layout or an export of a table) as one decision: "
            + "all rows or none. CSV or XLSX is told by the file's content (and Content-Type); CSV may be UTF-8 or "
            + "Windows-1252. mode=decide records a new table, mode=revise a new version of an existing one (If-Match: the version read). Bad cells get "
            + "a 400 problem listing row, column and reason for each.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names what was recorded where it has an address of its own")
    public ResponseEntity<TableWritten> importTable(@PathVariable String tableId, @RequestBody byte[] file,
                                                    @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                                                    @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
                                                    @RequestParam(required = false) String format,
                                                    @RequestParam(defaultValue = "decide") String mode,
                                                    @RequestParam String title,
                                                    @RequestParam(defaultValue = "mnkr") String amountUnit,
                                                    @RequestParam(defaultValue = "1") int decimals,
                                                    @RequestParam int year,
                                                    @RequestParam Body body, @RequestParam String reference,
                                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
                                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate) {
        TableFigures figures = FrameworkTableFile.read(file, UploadFormat.of(file, contentType, format), title, amountUnit, decimals, year);
        Decision decision = new Decision(body, reference, decisionDate, effectiveDate);
        log.info("Importing framework table {}: {} rows read, recording as one decision ({})", tableId,
                figures.rows().size(), reference);
        try {
            if (mode.equals("revise")) {
                Long expected = IfMatch.revision(ifMatch);
                int version = commands.send(new ReviseFrameworkTable(tableId, figures, decision,
                        expected == null ? null : expected.intValue()));
                return ResponseEntity.ok().eTag("\"" + version + "\"")
                        .body(new TableWritten(tableId, version, figures.rows().size()));
            }
            commands.send(new DecideFrameworkTable(tableId, figures, decision));
        } catch (InvalidInput refused) {
            throw asParameter(refused);
        } catch (NotAllowed refused) {
            throw new NotAllowed(parameter(refused.field()), refused.reason());
        }
        return ResponseEntity.created(URI.create("/api/v1/framework-tables/" + tableId)).eTag("\"1\"")
                .body(new TableWritten(tableId, 1, figures.rows().size()));
    }

    private static InvalidInput asParameter(InvalidInput refused) {
        String parameter = parameter(refused.field());
        return Objects.equals(parameter, refused.field()) ? refused : new InvalidInput(parameter, refused.reason());
    }

    /**
     * The import's title, year, decimals and decision come as request parameters: a refusal of the command's
     * "figures.title" or "decision.reference" names the parameter the client sent ("title", "reference").
     */
    private static String parameter(String field) {
        return field != null && IMPORT_PARAMETERS.matcher(field).matches() ? field.substring(field.indexOf('.') + 1) : field;
    }

    @PutMapping("/{tableId}")
    @Operation(summary = "Revise a table by a later decision (revised board plan, technical adjustment); If-Match: the version read")
    public ResponseEntity<TableWritten> revise(@PathVariable String tableId,
                                               @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
                                               @RequestBody Revision request) {
        Long expected = IfMatch.revision(ifMatch);
        int version = commands.send(new ReviseFrameworkTable(tableId, request.figures(), request.decision(),
                expected == null ? null : expected.intValue()));
        return ResponseEntity.ok().eTag("\"" + version + "\"").body(new TableWritten(tableId, version, null));
    }
}
