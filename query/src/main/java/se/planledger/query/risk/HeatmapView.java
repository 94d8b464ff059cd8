package se.planledger.query.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The risk matrix at a time point: per cell (consequence × probability) the count and the risks in it, which risks
 * need measures, and which scale versions the assessments were made on ({@code mixedScales} when more than one).
 */
public record HeatmapView(LocalDate asOf, Instant knownAt, List<Integer> scaleVersions, boolean mixedScales,
                          String scaleNote, List<Cell> cells, List<Item> needMeasures) {

    public record Cell(int consequence, int probability, int score, int count, List<Item> items) {
    }

    public record Item(String registerId, String riskId, String subjectName, String perspective, int score, String band,
                       int scaleVersion) {
    }
}
