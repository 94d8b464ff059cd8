package se.planledger.query.control;

import org.springframework.stereotype.Component;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.export.SpreadsheetExport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of the internal-control exports (written as CSV or XLSX by {@link SpreadsheetExport}): the chain from a
 * risk and a plan's status board, each naming the time point.
 */
@Component
public class ControlExport {

    /** The index of the column header in both exports. */
    public static final int HEADER_ROW = 1;

    /** The chain from a risk: per control point its light, then one line per control and per action. */
    public List<List<Object>> chainLines(String riskId, List<ControlViews.PointStatus> chain, TimePoint at) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Kedja från risk " + riskId, "per", at.asOf(), "känt", at.knownAt().toString()));
        lines.add(List.of("Plan", "Kontrollmoment", "Status", "Kontroll", "Utförd", "Resultat", "Åtgärd", "Ägare", "Klar senast",
                "Åtgärdsstatus"));
        for (ControlViews.PointStatus point : chain) {
            lines.add(Arrays.asList(point.planId(), point.what(), point.light().name(), null, null, null, null, null, null, null));
            point.controls().forEach(c -> lines.add(Arrays.asList(point.planId(), point.what(), null, c.controlId(),
                    c.performedOn(), c.result(), null, null, null, null)));
            point.actions().forEach(a -> lines.add(Arrays.asList(point.planId(), point.what(), null, a.controlId(), null, null,
                    a.what(), a.owner(), a.dueDate(), a.status())));
        }
        return lines;
    }

    /** The plan with its decision, then per control point its light, its last control and how many actions are open. */
    public List<List<Object>> statusLines(ControlViews.Plan plan, List<ControlViews.PointStatus> status, TimePoint at) {
        List<List<Object>> lines = new ArrayList<>();
        // The reference's cell stays empty where the source gives none.
        lines.add(Arrays.asList("Internkontrollplan " + plan.year(), plan.board(), "beslut", plan.reference(), "per",
                at.asOf(), "känt", at.knownAt().toString()));
        lines.add(List.of("Kontrollmoment", "Kontrollutförare", "Kontrollmetod", "Status", "Senast kontrollerad", "Öppna åtgärder"));
        for (ControlViews.PointStatus point : status) {
            lines.add(Arrays.asList(point.what(), point.performer(), point.method(), point.light().name(),
                    point.controls().isEmpty() ? null : point.controls().get(point.controls().size() - 1).performedOn(),
                    String.valueOf(point.actions().stream().filter(a -> !a.status().equals("DONE") && !a.status().equals("CANCELLED")).count())));
        }
        return lines;
    }
}
