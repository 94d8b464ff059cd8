package se.planledger.query.decision;

import se.planledger.query.time.ReadsFrom;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.planledger.domain.decision.Body;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.export.SpreadsheetExport;
import se.planledger.query.filter.KnownValue;
import se.planledger.query.list.ListPage;

import java.util.Arrays;
import java.util.List;

@RestController
@ReadsFrom({DecisionProjection.GROUP})
@Tag(name = "Decisions", description = "Every decision in the ledger, from any area")
public class DecisionQueryController {

    private final DecisionReadModel register;
    private final DecisionExport export;
    private final SpreadsheetExport spreadsheets;

    public DecisionQueryController(DecisionReadModel register, DecisionExport export, SpreadsheetExport spreadsheets) {
        this.register = register;
        this.export = export;
        this.spreadsheets = spreadsheets;
    }

    @GetMapping("/api/v1/decisions")
    @Operation(summary = "Decisions recorded up to knownAt, optionally of one reference (e.g. \"Dnr 1043-2022\") or body; "
            + "a page at a time (page, size), the total in X-Total-Count")
    public ResponseEntity<List<DecisionView>> decisions(@RequestParam(required = false) String reference,
                                                        @RequestParam(required = false) String body,
                                                        @RequestParam(required = false) Integer page,
                                                        @RequestParam(required = false) Integer size, TimePoint at) {
        return ListPage.of(register.decisions(at.knownAt(), reference, knownBody(body)), page, size);
    }

    @GetMapping("/api/v1/decisions/export")
    @Operation(summary = "The decisions recorded up to knownAt as CSV or XLSX (format=csv|xlsx), optionally of one "
            + "reference or body, as the list answers them: one line per decision")
    public ResponseEntity<byte[]> export(@RequestParam(defaultValue = "xlsx") String format,
                                         @RequestParam(required = false) String reference,
                                         @RequestParam(required = false) String body, TimePoint at) {
        return spreadsheets.file("beslut", format, at.knownAt(),
                export.registerLines(register.decisions(at.knownAt(), reference, knownBody(body)), at),
                DecisionExport.HEADER_ROW);
    }

    private static String knownBody(String body) {
        return KnownValue.of("body", body, Arrays.stream(Body.values()).map(Body::name).toList());
    }
}
