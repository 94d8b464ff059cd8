package se.planledger.domain.rejection;

import java.util.List;
import java.util.Map;

/** A batch refused as a whole: every bad row with where and why; nothing was recorded. */
public class RowErrors extends InvalidInput {

    private final List<RowError> errors;

    public record RowError(int row, String field, String reason) {
    }

    public RowErrors(List<RowError> errors) {
        super("rows", errors.size() + " row(s) cannot be recorded; nothing was recorded");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("errors", errors);
    }
}
