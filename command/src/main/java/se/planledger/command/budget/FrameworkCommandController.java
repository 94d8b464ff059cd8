package se.planledger.command.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import se.planledger.domain.money.AmountUnit;


import java.net.URI;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/v1/framework-tables")
@Tag(name = "Budget frameworks (write)", description = "Record decided framework tables and their revisions")
public class FrameworkCommandController {

    private final LedgerCommands commands;
    private final FrameworkImports imports;

    public FrameworkCommandController(LedgerCommands commands, FrameworkImports imports) {
        this.commands = commands;
        this.imports = imports;
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
                                                    @RequestParam(defaultValue = AmountUnit.DEFAULT_SYMBOL) String amountUnit,
                                                    @RequestParam(defaultValue = "1") int decimals,
                                                    @RequestParam int year,
                                                    @RequestParam Body body, @RequestParam String reference,
                                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decisionDate,
                                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate) {
        Decision decision = new Decision(body, reference, decisionDate, effectiveDate);
        boolean revise = mode.equals("revise");
        Long expected = revise ? IfMatch.revision(ifMatch) : null;
        FrameworkImports.Imported imported = imports.importFile(tableId, file, UploadFormat.of(file, contentType, format),
                revise, expected == null ? null : expected.intValue(), title, amountUnit, decimals, year, decision);
        ResponseEntity.BodyBuilder answer = revise ? ResponseEntity.ok()
                : ResponseEntity.created(URI.create("/api/v1/framework-tables/" + tableId));
        return answer.eTag("\"" + imported.version() + "\"")
                .body(new TableWritten(tableId, imported.version(), imported.rows()));
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
