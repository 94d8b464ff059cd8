package se.planledger.query.risk;

/**
 * The register's and the heatmap's filters as the ledger knows them (a board with a register, a perspective some
 * assessment states, a band of some scale or "measures"), each null for no filter.
 */
public record RiskFilter(String board, String perspective, String band) {
}
