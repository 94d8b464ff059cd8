package se.planledger.command.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.plan.AddPlanItem;
import se.planledger.domain.plan.AdoptPlan;
import se.planledger.domain.plan.DraftPlan;
import se.planledger.domain.plan.DraftPlanRevision;
import se.planledger.domain.plan.RetirePlanItem;
import se.planledger.domain.plan.RevisePlan;
import se.planledger.domain.plan.RevisePlanItem;
import se.planledger.domain.plan.item.ItemContent;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plan (write)", description = "Draft, adopt and revise plans; add, revise and retire their items")
public class PlanCommandController {

    private final LedgerCommands commands;

    public PlanCommandController(LedgerCommands commands) {
        this.commands = commands;
    }

    public record NewPlan(String planId, String title, Body board, int firstYear, int lastYear) {
    }

    public record NewItem(String itemId, String parentId, ItemContent content) {
    }

    public record Retirement(String reason) {
    }

    /** The plan written and the version it now has. */
    public record PlanWritten(String planId, int version) {
    }

    /** The plan and the decision that put its version in force. */
    public record PlanDecision(String planId, Decision decision) {
    }

    /** The plan whose next version is open for changes. */
    public record DraftOpen(String planId) {
    }

    /** The item written and its revision, the ETag to send as If-Match when changing it next. */
    public record ItemWritten(String planId, String itemId, long revision) {
    }

    @PostMapping
    @Operation(summary = "Draft a new plan (version 1, not yet in force)")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names what was recorded where it has an address of its own")
    public ResponseEntity<PlanWritten> draft(@RequestBody NewPlan request) {
        commands.send(new DraftPlan(request.planId(), request.title(), request.board(), request.firstYear(), request.lastYear()));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + request.planId()))
                .body(new PlanWritten(request.planId(), 1));
    }

    @PostMapping("/{planId}/adoption")
    @Operation(summary = "Adopt the drafted plan by a decision; it is in force from the effective date")
    public PlanDecision adopt(@PathVariable String planId, @RequestBody Decision decision) {
        commands.send(new AdoptPlan(planId, decision));
        return new PlanDecision(planId, decision);
    }

    @PostMapping("/{planId}/drafts")
    @Operation(summary = "Open the next plan version for changes")
    public DraftOpen draftRevision(@PathVariable String planId) {
        commands.send(new DraftPlanRevision(planId));
        return new DraftOpen(planId);
    }

    @PostMapping("/{planId}/revisions")
    @Operation(summary = "Decide the drafted revision; the new version is in force from the effective date")
    public PlanDecision decideRevision(@PathVariable String planId, @RequestBody Decision decision) {
        commands.send(new RevisePlan(planId, decision));
        return new PlanDecision(planId, decision);
    }

    @PostMapping("/{planId}/items")
    @Operation(summary = "Add an item (goal, success factor, indicator, control measure, activity, assignment, strategy) to the open draft")
    @ApiResponse(responseCode = "201", description = "Recorded; Location names what was recorded where it has an address of its own")
    public ResponseEntity<ItemWritten> add(@PathVariable String planId, @RequestBody NewItem request) {
        String itemId = request.itemId() == null || request.itemId().isBlank()
                ? UUID.randomUUID().toString() : request.itemId();
        commands.send(new AddPlanItem(planId, itemId, request.parentId(), request.content()));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/items/" + itemId))
                .eTag("\"1\"")
                .body(new ItemWritten(planId, itemId, 1));
    }

    @PutMapping("/{planId}/items/{itemId}")
    @Operation(summary = "Revise what an item says in the open draft; send the ETag you read as If-Match")
    public ResponseEntity<ItemWritten> reviseItem(@PathVariable String planId, @PathVariable String itemId,
                                              @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
                                              @RequestBody ItemContent content) {
        long revision = commands.send(new RevisePlanItem(planId, itemId, content, IfMatch.revision(ifMatch)));
        return itemChanged(planId, itemId, revision);
    }

    @PostMapping("/{planId}/items/{itemId}/retirement")
    @Operation(summary = "Retire an item from the open draft on; its history stays")
    public ResponseEntity<ItemWritten> retire(@PathVariable String planId, @PathVariable String itemId,
                                              @RequestHeader(value = IfMatch.HEADER, required = false) String ifMatch,
                                              @RequestBody Retirement request) {
        long revision = commands.send(new RetirePlanItem(planId, itemId, request.reason(), IfMatch.revision(ifMatch)));
        return itemChanged(planId, itemId, revision);
    }

    private static ResponseEntity<ItemWritten> itemChanged(String planId, String itemId, long revision) {
        return ResponseEntity.ok().eTag("\"" + revision + "\"")
                .body(new ItemWritten(planId, itemId, revision));
    }
}
