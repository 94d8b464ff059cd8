package se.planledger.query.decision;

import org.springframework.stereotype.Component;
import se.planledger.domain.time.TimePoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of the decision register's export (written as CSV or XLSX by
 * {@link se.planledger.query.export.SpreadsheetExport}): one line per decision, in decision-date order as the page
 * lists them; a reference or decision date the source does not give is an empty cell.
 */
@Component
public class DecisionExport {

    /** The index of the column header in {@link #registerLines}. */
    public static final int HEADER_ROW = 1;

    public List<List<Object>> registerLines(List<DecisionView> decisions, TimePoint at) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Beslutsregister", "känt", at.knownAt().toString()));
        lines.add(List.of("Organ", "Diarienummer", "Beslutad", "Gäller från", "Beslut", "Avser", "Registrerad", "Av"));
        for (DecisionView d : decisions) {
            lines.add(Arrays.asList(d.body(), d.reference(), d.decisionDate(), d.effectiveDate(),
                    DecisionPages.KINDS.getOrDefault(d.eventType(), d.eventType()), d.subject(), d.recordedAt().toString(),
                    d.recordedBy()));
        }
        return lines;
    }
}
