package se.planledger.query.risk;

import org.springframework.stereotype.Component;
import se.planledger.domain.time.TimePoint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of the risk exports (written as CSV or XLSX by {@link se.planledger.query.export.SpreadsheetExport}):
 * the risk register and the risk matrix, each naming the time point.
 */
@Component
public class RiskExport {

    /** The index of the column header in {@link #registerLines}. */
    public static final int REGISTER_HEADER_ROW = 1;

    /** The index of the column header in {@link #heatmapLines}: after the note on mixed scales, where there is one. */
    public static int heatmapHeaderRow(HeatmapView heatmap) {
        return heatmap.mixedScales() ? 2 : 1;
    }

    /** The risk matrix: the title with the scale versions, one line per cell, then the risks needing measures. */
    public List<List<Object>> heatmapLines(HeatmapView heatmap, TimePoint at) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Riskmatris", "per", at.asOf(), "känt", at.knownAt().toString(), "skalversioner",
                heatmap.scaleVersions().toString()));
        if (heatmap.mixedScales()) {
            lines.add(List.of(heatmap.scaleNote()));
        }
        lines.add(List.of("Konsekvens", "Sannolikhet", "Risk", "Antal", "Risker"));
        heatmap.cells().forEach(c -> lines.add(Arrays.asList(number(c.consequence()), number(c.probability()),
                number(c.score()), number(c.count()), String.join(", ", c.items().stream().map(HeatmapView.Item::riskId).toList()))));
        lines.add(List.of("Kräver åtgärder"));
        heatmap.needMeasures().forEach(i -> lines.add(Arrays.asList(i.riskId(), i.subjectName(), number(i.score()), i.band())));
        return lines;
    }

    /** The risk register: one line per risk as assessed, with its description, score, band and scale version. */
    public List<List<Object>> registerLines(List<RiskView> register, TimePoint at) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Riskregister", "per", at.asOf(), "känt", at.knownAt().toString()));
        lines.add(List.of("Register", "Nr", "Perspektiv", "Framgångsfaktor", "Vad kan hända", "Konsekvens", "K", "S",
                "Risk", "Nivå", "Orsak", "Åtgärder", "Kontrollmetod", "Skala", "Bedömd"));
        for (RiskView r : register) {
            lines.add(Arrays.asList(r.registerId(), r.riskId(), r.perspective(), r.subjectName(),
                    r.description() == null ? null : r.description().whatCanHappen(),
                    r.description() == null ? null : r.description().consequence(), number(r.consequence()),
                    number(r.probability()), number(r.score()), r.band(),
                    r.description() == null ? null : r.description().causes(),
                    r.description() == null ? null : r.description().measures(),
                    r.description() == null ? null : r.description().controlMethod(),
                    String.valueOf(r.scaleVersion()), r.assessedOn()));
        }
        return lines;
    }

    private static BigDecimal number(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
