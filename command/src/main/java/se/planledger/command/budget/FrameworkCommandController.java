package se.planledger.command.budget;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.planledger.command.api.IfMatch;
import se.planledger.command.api.LedgerCommands;
import se.planledger.domain.budget.DecideFrameworkTable;
import se.planledger.domain.budget.ReviseFrameworkTable;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.decision.Decision;

import java.net.URI;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/framework-tables")
@Tag(name = "Budget frameworks (write)", description = "Record decided framework tables and their revisions")
public class FrameworkCommandController {

    private final LedgerCommands commands;

    public FrameworkCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    public record DecidedTable(String tableId, TableFigures figures, Decision decision) {
    }

    public record Revision(TableFigures figures, Decision decision) {
    }

    @PostMapping
    @Operation(summary = "Record a framework table as decided (figures kept as stated, added up or not)")
    public ResponseEntity<Map<String, Object>> decide(@RequestBody DecidedTable request) {
        commands.send(new DecideFrameworkTable(request.tableId(), request.figures(), request.decision()));
        return ResponseEntity.created(URI.create("/api/v1/framework-tables/" + request.tableId())).eTag("\"1\"")
                .body(Map.of("tableId", request.tableId(), "version", 1));
    }

    @PutMapping("/{tableId}")
    @Operation(summary = "Revise a table by a later decision (revised board plan, technical adjustment); If-Match: the version read")
    public ResponseEntity<Map<String, Object>> revise(@PathVariable String tableId,
                                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                      @RequestBody Revision request) {
        Long expected = IfMatch.revision(ifMatch);
        int version = commands.send(new ReviseFrameworkTable(tableId, request.figures(), request.decision(),
                expected == null ? null : expected.intValue()));
        return ResponseEntity.ok().eTag("\"" + version + "\"").body(Map.of("tableId", tableId, "version", version));
    }
}
