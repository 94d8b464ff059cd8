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
                    quotingError(text, format.getDelimiterString().charAt(0)))));
        }
        return rows;
    }

    /** Where the text's quoting goes wrong: the line and column (field) of a quote not closed, or of text after one. */
    static String quotingError(String text, char delimiter) {
        int line = 1;
        int column = 1;
        boolean fieldStart = true;
        boolean quoted = false;
        boolean closed = false;
        int quoteLine = 0;
        int quoteColumn = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                } else if (c == '\n') {
                    line++;
                }
                continue;
            }
            if (closed && c != delimiter && c != '\r' && c != '\n') {
                return "line " + line + ", column " + column + ": cannot be read as CSV: text follows the closing "
                        + "quote of a field (a quote inside a quoted field is written twice: \"\")";
            }
            closed = false;
            if (fieldStart && c == '"') {
                quoted = true;
                quoteLine = line;
                quoteColumn = column;
            } else if (c == delimiter) {
                column++;
            } else if (c == '\n') {
                line++;
                column = 1;
            }
            fieldStart = c == delimiter || c == '\n';
        }
        return quoted ? "line " + quoteLine + ", column " + quoteColumn + ": cannot be read as CSV: the quote that opens "
                + "this field is never closed" : "cannot be read as CSV: a quoted field is not closed, or text follows its closing quote";
    }

    /** Refuses a file with more than {@link #MAX_DATA_ROWS} rows under its header. */
    public static void checkCount(int dataRows) {
        if (dataRows > MAX_DATA_ROWS) {
            throw new TooLarge("body", "the file has more than " + MAX_DATA_ROWS + " rows under its header; "
                    + "import it in parts");
        }
    }
}
