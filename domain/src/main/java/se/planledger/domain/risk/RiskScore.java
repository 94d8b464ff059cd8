package se.planledger.domain.risk;

/**
 * An assessment's scores: consequence × probability = score, its band and whether the band calls for measures,
 * on the scale version it was made with (a later scale never rewrites it).
 */
public record RiskScore(int consequence, int probability, int score, String band, boolean needsMeasures,
                        int scaleVersion) {
}
