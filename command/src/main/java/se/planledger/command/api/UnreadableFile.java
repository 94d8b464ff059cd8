package se.planledger.command.api;

import se.planledger.domain.rejection.InvalidInput;

import java.util.Map;

/** An uploaded file that cannot be read as text or as a table, with the line and column (1-based) where it fails. */
public class UnreadableFile extends InvalidInput {

    private final int line;
    private final int column;

    public UnreadableFile(int line, int column, String reason) {
        super("file", "line " + line + ", column " + column + ": " + reason);
        this.line = line;
        this.column = column;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("line", line, "column", column);
    }
}
