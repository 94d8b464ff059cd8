package se.planledger.command.api;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.planledger.domain.rejection.RowErrors;
import se.planledger.domain.rejection.TooLarge;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of an imported file, header first, so that row {@code i} of the list is row {@code i + 1} of the file.
 * A file that cannot be split into rows, or holds more rows than one import takes, is refused whole.
 */
public final class ImportRows {

    /** Far more than any plan's or budget's file holds; one upload must not occupy the service for long. */
    public static final int MAX_DATA_ROWS = 10_000;

    private ImportRows() {
    }

    public static List<List<String>> fromCsv(String text, CSVFormat format) {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
                checkCount(rows.size() - 1);
            }
        } catch (IOException | UncheckedIOException e) {
            // The parser stops at the first row it cannot split, the one after the last row it read.
            throw new RowErrors(List.of(new RowErrors.RowError(rows.size() + 1, "line",
                    "cannot be read as CSV: a quoted field is not closed, or text follows its closing quote")));
        }
        return rows;
    }

    /** Refuses a file with more than {@link #MAX_DATA_ROWS} rows under its header. */
    public static void checkCount(int dataRows) {
        if (dataRows > MAX_DATA_ROWS) {
            throw new TooLarge("body", "the file has more than " + MAX_DATA_ROWS + " rows under its header; "
                    + "import it in parts");
        }
    }
}
