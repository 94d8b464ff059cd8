package se.planledger.domain.risk;

/**
 * The texts of an assessment, the columns of the board's risk table: what can happen, its consequence, the
 * causes, the measures needed, how it is checked that they are carried out, and who owns the risk.
 */
public record RiskDescription(String whatCanHappen, String consequence, String causes, String measures,
                              String controlMethod, String owner) {
}
