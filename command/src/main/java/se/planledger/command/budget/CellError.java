package se.planledger.command.budget;

/** One cell an import could not take: its row and column as the file numbers them (1-based), and why. */
public record CellError(int row, String column, String value, String reason) {
}
