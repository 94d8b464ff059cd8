package se.planledger.query.risk;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.page.WorkspacePage;
import se.planledger.query.time.ReadsFrom;

import java.util.Comparator;
import java.util.List;

/**
 * The risk pages: the matrix (the grid of the board's scale in force, filtered by perspective and band), the
 * register (every open risk as assessed by asOf) and one risk's history (every version, what changed, who, when, why).
 */
@Controller
@WorkspacePage
@ReadsFrom({RiskProjection.GROUP})
public class RiskPages {

    /** Risks as a register numbers them: R2 before R10 (a shorter id of the same form is a smaller number). */
    static final Comparator<RiskView> IN_NUMBER_ORDER = Comparator.comparing((RiskView r) -> r.riskId().length())
            .thenComparing(RiskView::riskId);

    private final RiskReadModel risks;

    public RiskPages(RiskReadModel risks) {
        this.risks = risks;
    }

    @GetMapping("/risks/matrix")
    public String matrix(@RequestParam(required = false) String board, @RequestParam(required = false) String perspective,
                         @RequestParam(required = false) String band, TimePoint at, Model model) {
        // The API's check: a filter naming what the ledger never recorded is a 400 naming it, not an empty grid.
        RiskFilter filter = risks.filter(board, perspective, band);
        List<RiskRegisterView> registers = risks.registers(at);
        RiskRegisterView register = registers.stream()
                .filter(r -> filter.board() == null || r.board().equalsIgnoreCase(filter.board())).findFirst()
                .orElseThrow(() -> new UnknownItem("board", "no risk register of board " + board + " has a scale in force on "
                        + at.asOf() + " as known at " + at.knownAt()));
        String perspectiveFilter = filter.perspective();
        String bandFilter = filter.band();
        model.addAttribute("registers", registers);
        model.addAttribute("perspectives", risks.register(at, register.board(), null, null).stream()
                .map(RiskView::perspective).distinct().sorted().toList());
        model.addAttribute("perspective", perspectiveFilter);
        model.addAttribute("band", bandFilter);
        model.addAttribute("matrix", RiskMatrixView.of(register,
                risks.heatmap(at, register.board(), perspectiveFilter, bandFilter)));
        return "risk/matrix";
    }

    @GetMapping("/risk-registers/{registerId}")
    public String register(@PathVariable String registerId, TimePoint at, Model model) {
        RiskRegisterView register = risks.registers(at).stream().filter(r -> r.registerId().equals(registerId)).findFirst()
                .orElseThrow(() -> new UnknownItem("registerId", "no risk register " + registerId + " has a scale in force on "
                        + at.asOf() + " as known at " + at.knownAt()));
        model.addAttribute("register", register);
        // The read model filters by board; a board may keep more than one register.
        model.addAttribute("risks", risks.register(at, register.board(), null, null).stream()
                .filter(r -> r.registerId().equals(registerId)).sorted(IN_NUMBER_ORDER).toList());
        return "risk/register";
    }

    @GetMapping("/risk-registers/{registerId}/risks/{riskId}")
    public String history(@PathVariable String registerId, @PathVariable String riskId, TimePoint at, Model model) {
        List<RiskReadModel.RiskChange> history = risks.history(registerId, riskId, at.knownAt());
        model.addAttribute("history", history);
        model.addAttribute("latest", history.get(history.size() - 1).version());
        return "risk/history";
    }
}
