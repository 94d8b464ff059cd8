package se.planledger.domain.risk;

import java.util.List;

/**
 * The risk matrix a board assesses with, as data with a version: consequence and probability each scored
 * 1..max, the risk score their product, and bands over the scores. The seed's scale (version 1) is 4×4 with
 * scores 1–16: 1–8 needs no special action, 9–16 needs measures.
 */
public record RiskScale(int version, int maxConsequence, int maxProbability, List<RiskBand> bands) {

    public static final RiskScale SEED = new RiskScale(1, 4, 4, List.of(
            new RiskBand("Kräver ingen särskild åtgärd", 1, 8, false),
            new RiskBand("Kräver åtgärder för att minimera risken", 9, 16, true)));

    public RiskScale {
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /** The score and band of an assessment on this scale; the scores must lie on it. */
    public RiskScore score(int consequence, int probability) {
        if (consequence < 1 || consequence > maxConsequence) {
            throw new IllegalArgumentException("consequence " + consequence + " lies outside the scale 1–" + maxConsequence);
        }
        if (probability < 1 || probability > maxProbability) {
            throw new IllegalArgumentException("probability " + probability + " lies outside the scale 1–" + maxProbability);
        }
        int score = consequence * probability;
        RiskBand band = bands.stream().filter(b -> b.contains(score)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("scale version " + version + " has no band for score " + score));
        return new RiskScore(consequence, probability, score, band.name(), band.needsMeasures(), version);
    }

    /** A scale whose bands cover every score from 1 to the largest product, without overlap. */
    public boolean isComplete() {
        int max = maxConsequence * maxProbability;
        for (int s = 1; s <= max; s++) {
            int score = s;
            if (bands.stream().filter(b -> b.contains(score)).count() != 1) {
                return false;
            }
        }
        return maxConsequence >= 1 && maxProbability >= 1;
    }
}
