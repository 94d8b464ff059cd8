package se.planledger.domain.risk;

/** A range of risk scores and what it calls for, e.g. 9–16: "Kräver åtgärder". */
public record RiskBand(String name, int from, int to, boolean needsMeasures) {

    public boolean contains(int score) {
        return score >= from && score <= to;
    }
}
