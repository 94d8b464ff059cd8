package se.planledger.query.risk;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.page.WorkspacePage;
import se.planledger.query.time.ReadsFrom;

import java.util.List;

/** The risk matrix page: the grid of the board's scale in force, filtered by perspective and band. */
@Controller
@WorkspacePage
@ReadsFrom({RiskProjection.GROUP})
public class RiskPages {

    private final RiskReadModel risks;

    public RiskPages(RiskReadModel risks) {
        this.risks = risks;
    }

    @GetMapping("/risks/matrix")
    public String matrix(@RequestParam(required = false) String board, @RequestParam(required = false) String perspective,
                         @RequestParam(required = false) String band, TimePoint at, Model model) {
        List<RiskRegisterView> registers = risks.registers(at);
        RiskRegisterView register = registers.stream()
                .filter(r -> board == null || board.isBlank() || r.board().equalsIgnoreCase(board)).findFirst()
                .orElseThrow(() -> new UnknownItem("board", "no risk register of board " + board + " has a scale in force on "
                        + at.asOf() + " as known at " + at.knownAt()));
        String perspectiveFilter = blankAsNull(perspective);
        String bandFilter = blankAsNull(band);
        model.addAttribute("registers", registers);
        model.addAttribute("perspectives", risks.register(at, register.board(), null, null).stream()
                .map(RiskView::perspective).distinct().sorted().toList());
        model.addAttribute("perspective", perspectiveFilter);
        model.addAttribute("band", bandFilter);
        model.addAttribute("matrix", RiskMatrixView.of(register,
                risks.heatmap(at, register.board(), perspectiveFilter, bandFilter)));
        return "risk/matrix";
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
