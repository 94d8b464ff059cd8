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

import java.util.List;
import java.util.Map;

/** The finance pages: a framework table as printed with its decision, the reconciliation, a row's build-up. */
@Controller
@WorkspacePage
@ReadsFrom({FrameworkTableProjection.GROUP})
public class FrameworkPages {

    /** The import form's fields as its labels name them, for a refusal to say where it is. */
    static final Map<String, String> IMPORT_FIELDS = Map.of("file", "Fil", "tableId", "Ramtabellens id",
            "title", "Rubrik", "amountUnit", "Enhet för beloppen", "decimals", "Decimaler", "year", "Budgetår",
            "body", "Beslutande organ", "reference", "Beslutets diarienummer", "decisionDate", "Beslutsdatum",
            "effectiveDate", "Gäller från");

    private final FrameworkReadModel frameworks;
    private final ObjectMapper json;

    public FrameworkPages(FrameworkReadModel frameworks, ObjectMapper json) {
        this.frameworks = frameworks;
        this.json = json;
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
}
