package se.planledger.command.api;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import se.planledger.domain.rejection.RowErrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ImportRowsTest {

    private static final CSVFormat SEMICOLONS = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').build();

    @Test
    void aQuoteNeverClosedIsNamedByTheLineAndColumnWhereItOpens() {
        RowErrors refused = catchThrowableOfType(RowErrors.class, () -> ImportRows.fromCsv(
                "Enhet;Ram;Kommentar\nA;1;\"ok \"\"citat\"\"\"\nB;2;\"aldrig stängd\nC;3;x\n", SEMICOLONS));

        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.reason()).startsWith("line 3, column 3: ").contains("never closed");
        });
    }

    @Test
    void textAfterAClosingQuoteIsNamedByItsLineAndColumn() {
        RowErrors refused = catchThrowableOfType(RowErrors.class, () -> ImportRows.fromCsv(
                "Enhet;Ram\r\n\"A\" och B;1\r\n", SEMICOLONS));

        assertThat(refused.errors()).singleElement().satisfies(error ->
                assertThat(error.reason()).startsWith("line 2, column 1: ").contains("text follows the closing quote"));
    }
}
