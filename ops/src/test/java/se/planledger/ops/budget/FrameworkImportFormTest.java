package se.planledger.ops.budget;

import org.junit.jupiter.api.Test;
import se.planledger.ops.support.FormSession;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.planledger.ops.budget.FrameworkLedgerTest.SEED_LAYOUT_CSV;

/**
 * The import page of the workspace: finance imports a table file as one decision and is led to the table as printed;
 * a file with bad cells records nothing and comes back shown as it was read, each bad cell marked where it stands
 * with its reason; a reader may not import.
 */
class FrameworkImportFormTest extends PostgresIntegrationTest {

    private final String tableId = "sidimport-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aFileAsSwedishExcelSavesItIsImportedAsOneDecisionAndLeadsToTheTable() {
        FormSession finance = session("controller");
        assertThat(finance.page("/framework-table-imports")).contains("Importera ramtabell")
                .contains("<option value=\"ekonomisk-ram-2023\">");

        String table = FormSession.location(finance.postFile("/framework-table-imports", fields(),
                "ram.csv", SEED_LAYOUT_CSV.getBytes(Charset.forName("windows-1252"))));

        assertThat(table).isEqualTo("/framework-tables/" + tableId);
        String page = await().atMost(Duration.ofSeconds(30)).until(() -> finance.get(table + "?asOf=2023-03-01"),
                answer -> answer.statusCode() == 200).body();
        assertThat(page).contains("Sidimporterad ram 2022").contains("Vårdval primärvård").contains("1 223,0")
                .contains("RS Dnr 2001-2021");
    }

    @Test
    void aFileWithBadCellsRecordsNothingAndIsShownWithEachBadCellInItsPlace() {
        FormSession finance = session("controller");
        finance.page("/framework-table-imports");
        String bad = SEED_LAYOUT_CSV.replace("1311,3", "13l1,3").replace("499,0", "499,1234567");

        String back = FormSession.location(finance.postFile("/framework-table-imports", fields(), "ram.csv",
                bad.getBytes(StandardCharsets.UTF_8)));

        assertThat(back).isEqualTo("/framework-table-imports");
        String page = finance.page(back);
        assertThat(page).contains("Inget registrerades.").contains("Fil:").contains("2 cell(s) cannot be read")
                .contains("value=\"Sidimporterad ram 2022\"").contains("value=\"" + tableId + "\"");
        assertThat(cell(page, "13l1,3")).contains("class=\"bad\"").contains("not a number");
        assertThat(cell(page, "499,1234567")).contains("class=\"bad\"").contains("7 decimals");
        assertThat(cell(page, "85,5")).doesNotContain("bad");
        assertThat(http.getForEntity("/api/v1/framework-tables/" + tableId + "?asOf=2023-03-01", String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aReaderMayNotImport() {
        FormSession reader = session("reader");
        reader.page("/framework-table-imports");
        assertThat(reader.postFile("/framework-table-imports", fields(), "ram.csv",
                SEED_LAYOUT_CSV.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
    }

    private Map<String, String> fields() {
        return Map.of("mode", "decide", "tableId", tableId, "title", "Sidimporterad ram 2022", "amountUnit", "mnkr",
                "decimals", "1", "year", "2022", "body", "RS", "reference", "Dnr 2001-2021", "effectiveDate", "2022-01-01");
    }

    /** The HTML of the file's cell that holds {@code text}. */
    private static String cell(String page, String text) {
        int at = page.indexOf("<span>" + text + "</span>");
        assertThat(at).as("cell %s", text).isPositive();
        return page.substring(page.lastIndexOf("<td", at), page.indexOf("</td>", at));
    }
}
