package se.planledger.command.followup;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.planledger.command.api.LedgerCommands;
import se.planledger.command.api.PageForms;
import se.planledger.domain.followup.CorrectOutcome;
import se.planledger.domain.followup.OutcomeValues;
import se.planledger.domain.followup.RecordOutcome;
import se.planledger.domain.money.SwedishNumber;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.rejection.InvalidInput;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The workspace's form for an indicator's outcome: a first outcome is recorded, one already reported is corrected
 * with its reason (the first report stays known), as of the revision the page showed. Figures as Swedish documents write them ("4,4", "9 279,8").
 * Accepted, it leads to the interim report of the period; refused, back to the form with what was entered.
 */
@Controller
public class OutcomeForm {

    static final String PATH = "/plans/{planId}/outcome-form";

    private final LedgerCommands commands;

    public OutcomeForm(LedgerCommands commands) {
        this.commands = commands;
    }

    @PostMapping(PATH)
    public String submit(@PathVariable String planId, @RequestParam Map<String, String> entered,
                         RedirectAttributes flash) {
        String indicatorId = entered.get("indicatorId");
        String unit = entered.get("unit");
        String year = entered.get("year");
        String period = entered.get("period");
        boolean correction = "correct".equals(entered.get("mode"));
        String form = PageForms.link(PATH.replace("{planId}", planId), "indicatorId", indicatorId, "unit", unit,
                "year", year, "period", period);
        String report = PageForms.link("/plans/" + planId + "/interim-report", "unit", unit, "year", year,
                "period", period) + "#" + indicatorId;
        String receipt = (correction ? "Rättelsen av " : "Utfallet för ") + indicatorId + " är registrerat";
        return PageForms.answer(flash, entered, form, report, receipt, () -> {
            int y = PageForms.requiredWholeNumber(entered, "year");
            ReportingPeriod p = ReportingPeriod.parse(period);
            OutcomeValues values = new OutcomeValues(number(entered, "total"), number(entered, "women"),
                    number(entered, "men"));
            if (correction) {
                commands.send(new CorrectOutcome(planId, indicatorId, unit, y, p, values, number(entered, "peerValue"),
                        entered.get("reason"), revision(entered)));
            } else {
                commands.send(new RecordOutcome(planId, indicatorId, unit, y, p, values, number(entered, "peerValue"),
                        entered.get("source"), entered.get("comment")));
            }
        });
    }

    /**
     * The outcome's revision the form page showed, sent back hidden: a form carries no If-Match, so this is how a
     * correction names what it corrects (a change made since is refused); none from an older page checks none.
     */
    private static Long revision(Map<String, String> entered) {
        Integer revision = PageForms.wholeNumber(entered, "revision");
        return revision == null ? null : revision.longValue();
    }

    /** The figure in the field, or null when it is left empty. */
    private static BigDecimal number(Map<String, String> entered, String field) {
        String text = entered.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        return SwedishNumber.tryParse(text).orElseThrow(() -> new InvalidInput(field,
                "\"" + text + "\" is no number; write it as e.g. 4,4 or 9 279,8"));
    }
}
