package se.planledger.command.budget;

import se.planledger.domain.rejection.InvalidInput;

import java.util.List;
import java.util.Map;

/** An import with bad cells: nothing was recorded, and every bad cell is listed. */
public class ImportRejected extends InvalidInput {

    private final List<CellError> errors;

    public ImportRejected(List<CellError> errors) {
        super("file", errors.size() + " cell(s) cannot be read; nothing was recorded");
        this.errors = List.copyOf(errors);
    }

    public List<CellError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("errors", errors);
    }
}
