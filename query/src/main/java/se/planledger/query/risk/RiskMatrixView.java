package se.planledger.query.risk;

import se.planledger.domain.risk.RiskBand;
import se.planledger.domain.risk.RiskScale;

import java.util.ArrayList;
import java.util.List;

/**
 * The risk matrix as the full grid of the scale in force: one row per consequence (highest first), one cell per
 * probability, each with its score, its band (by position in the scale, for the colour, and by name) and the risks
 * assessed there, empty cells included.
 */
public record RiskMatrixView(RiskRegisterView register, List<Integer> probabilities, List<MatrixRow> rows,
                             HeatmapView heatmap) {

    public record MatrixRow(int consequence, List<MatrixCell> cells) {
    }

    public record MatrixCell(int consequence, int probability, int score, int band, String bandName, int count,
                       List<HeatmapView.Item> items) {
    }

    public static RiskMatrixView of(RiskRegisterView register, HeatmapView heatmap) {
        RiskScale scale = register.scale();
        List<Integer> probabilities = new ArrayList<>();
        for (int p = 1; p <= scale.maxProbability(); p++) {
            probabilities.add(p);
        }
        List<MatrixRow> rows = new ArrayList<>();
        for (int c = scale.maxConsequence(); c >= 1; c--) {
            List<MatrixCell> cells = new ArrayList<>();
            for (int p : probabilities) {
                int consequence = c;
                int score = c * p;
                int band = bandOf(scale, score);
                List<HeatmapView.Item> items = heatmap.cells().stream()
                        .filter(cell -> cell.consequence() == consequence && cell.probability() == p)
                        .flatMap(cell -> cell.items().stream()).toList();
                cells.add(new MatrixCell(c, p, score, band, band < 0 ? null : scale.bands().get(band).name(), items.size(), items));
            }
            rows.add(new MatrixRow(c, cells));
        }
        return new RiskMatrixView(register, probabilities, rows, heatmap);
    }

    private static int bandOf(RiskScale scale, int score) {
        List<RiskBand> bands = scale.bands();
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).contains(score)) {
                return i;
            }
        }
        return -1;
    }
}
