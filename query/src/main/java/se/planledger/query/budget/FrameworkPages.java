package se.planledger.query.budget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.page.WorkspacePage;
import se.planledger.query.time.ReadsFrom;

/** The finance pages: a framework table as printed with its decision, the reconciliation, a row's build-up. */
@Controller
@WorkspacePage
@ReadsFrom({FrameworkTableProjection.GROUP})
public class FrameworkPages {

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
