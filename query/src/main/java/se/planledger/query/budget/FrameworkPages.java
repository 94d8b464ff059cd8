package se.planledger.query.budget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.planledger.domain.decision.Body;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.page.WorkspacePage;
import se.planledger.query.time.ReadsFrom;
import se.planledger.query.time.TimePoints;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The finance pages: a framework table as printed with its decision, the reconciliation, a row's build-up, a table's
 * revisions on a timeline and what changed in the tables between two time points.
 */
@Controller
@WorkspacePage
@ReadsFrom({FrameworkProjection.GROUP})
public class FrameworkPages {

    /** The import form's fields as its labels name them, for a refusal to say where it is. */
    static final Map<String, String> IMPORT_FIELDS = Map.of("file", "Fil", "tableId", "Ramtabellens id",
            "title", "Rubrik", "amountUnit", "Enhet för beloppen", "decimals", "Decimaler", "year", "Budgetår",
            "body", "Beslutande organ", "reference", "Beslutets diarienummer", "decisionDate", "Beslutsdatum",
            "effectiveDate", "Gäller från");

    private final FrameworkReadModel frameworks;
    private final ObjectMapper json;
    private final TimePoints timePoints;

    public FrameworkPages(FrameworkReadModel frameworks, ObjectMapper json, TimePoints timePoints) {
        this.frameworks = frameworks;
        this.json = json;
        this.timePoints = timePoints;
    }

    @GetMapping("/framework-tables/{tableId}")
    public String table(@PathVariable String tableId, TimePoint at, Model model) {
        FrameworkTableView table = frameworks.table(tableId, at);
        model.addAttribute("marked", new MarkedTable(table));
        model.addAttribute("drawable", BuildUpView.drawable(table));
        return "budget/table";
    }

    /**
     * The import of a table file as one decision: a new table, or (with {@code tableId} of a table in force) a new
     * version of it, its title, unit, precision and year filled in from the version in force.
     */
    @GetMapping("/framework-table-imports")
    public String importForm(@RequestParam(required = false) String tableId, TimePoint at, Model model) {
        List<FrameworkTableView> tables = frameworks.tables(at);
        model.addAttribute("tables", tables);
        model.addAttribute("current", tables.stream().filter(t -> t.tableId().equals(tableId)).findFirst().orElse(null));
        model.addAttribute("bodies", Body.values());
        model.addAttribute("labels", IMPORT_FIELDS);
        return "budget/import";
    }

    @GetMapping("/reconciliation")
    public String reconciliation(TimePoint at, Model model) {
        model.addAttribute("tables", frameworks.reconciliation(at).stream().map(MarkedTable::new).toList());
        return "budget/reconciliation";
    }

    @GetMapping("/framework-tables/{tableId}/build-up")
    public String buildUp(@PathVariable String tableId, @RequestParam(required = false) String row, TimePoint at,
                          Model model) throws JsonProcessingException {
        FrameworkTableView table = frameworks.table(tableId, at);
        BuildUpView buildUp = BuildUpView.of(table, row);
        model.addAttribute("table", table);
        model.addAttribute("buildUp", buildUp);
        model.addAttribute("chartData", json.writeValueAsString(buildUp.steps()));
        return "budget/build-up";
    }

    @GetMapping("/framework-tables/{tableId}/history")
    public String history(@PathVariable String tableId, TimePoint at, Model model) {
        List<FrameworkReadModel.TableVersionChange> history = frameworks.history(tableId, at.knownAt());
        Map<Integer, List<TableChange>> changes = new LinkedHashMap<>();
        FrameworkTableView before = null;
        for (FrameworkReadModel.TableVersionChange version : history) {
            changes.put(version.version().version(), TableChange.of(before == null ? null : before.figures(),
                    version.version().figures(), version.changes()));
            before = version.version();
        }
        model.addAttribute("latest", history.get(history.size() - 1).version());
        model.addAttribute("versions", history.stream().map(FrameworkReadModel.TableVersionChange::version).toList());
        model.addAttribute("changes", changes);
        return "budget/history";
    }

    /** The tables' changes from one time point to another; by default from the start of the page's year to its asOf. */
    @GetMapping("/framework-tables/diff")
    public String diff(@RequestParam(required = false) String fromAsOf, @RequestParam(required = false) String fromKnownAt,
                       @RequestParam(required = false) String toAsOf, @RequestParam(required = false) String toKnownAt,
                       TimePoint at, Model model) {
        TimePoint to = new TimePoint(given(toAsOf) ? timePoints.asOf(toAsOf, "toAsOf") : at.asOf(),
                given(toKnownAt) ? timePoints.knownAt(toKnownAt, "toKnownAt") : at.knownAt());
        TimePoint from = new TimePoint(given(fromAsOf) ? timePoints.asOf(fromAsOf, "fromAsOf")
                : LocalDate.of(to.asOf().getYear(), 1, 1),
                given(fromKnownAt) ? timePoints.knownAt(fromKnownAt, "fromKnownAt") : at.knownAt());
        Map<String, FrameworkTableView> before = byId(frameworks.tables(from));
        Map<String, FrameworkTableView> after = byId(frameworks.tables(to));
        List<FrameworkReadModel.TableDiff> diffs = frameworks.diff(from, to);
        Map<String, List<TableChange>> changes = new LinkedHashMap<>();
        Map<String, FrameworkTableView> tables = new LinkedHashMap<>();
        for (FrameworkReadModel.TableDiff diff : diffs) {
            FrameworkTableView left = before.get(diff.tableId());
            FrameworkTableView right = after.get(diff.tableId());
            tables.put(diff.tableId(), right != null ? right : left);
            changes.put(diff.tableId(), TableChange.of(left == null ? null : left.figures(),
                    right == null ? null : right.figures(), diff.changes()));
        }
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("fromKnownAt", given(fromKnownAt) ? fromKnownAt.trim() : null);
        model.addAttribute("toKnownAt", given(toKnownAt) ? toKnownAt.trim() : null);
        model.addAttribute("diffs", diffs);
        model.addAttribute("tables", tables);
        model.addAttribute("changes", changes);
        return "budget/diff";
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static Map<String, FrameworkTableView> byId(List<FrameworkTableView> tables) {
        return tables.stream().collect(Collectors.toMap(FrameworkTableView::tableId, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }
}
