package se.planledger.ops.risk;

import org.junit.jupiter.api.Test;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.support.Pages.awaitPage;

/** The risk matrix page over the demo's risk assessment of the board's success factors (seed 000, appendix 3). */
class RiskPagesTest extends PostgresIntegrationTest {

    @Test
    void theMatrixIsTheFullFourByFourGridOfTheScaleColouredByBand() {
        String page = awaitPage(http, "/risks/matrix?board=RS&asOf=2023-03-01", "Kräver åtgärder (");

        String grid = page.substring(page.indexOf("<table class=\"matrix\">"), page.indexOf("</table>", page.indexOf("<table class=\"matrix\">")));
        assertThat(count(grid, "<tr>\n            <th scope=\"row\">")).isEqualTo(4);
        assertThat(count(grid, "<td class=\"band-")).isEqualTo(16);
        // Scores 1–8 need no special action, 9–16 measures: 4×4 = 16 and 3×3 = 9 are in the upper band, 4×2 = 8 not.
        assertThat(cell(grid, 16)).startsWith("<td class=\"band-1\" title=\"Kräver åtgärder för att minimera risken\">");
        assertThat(cell(grid, 9)).startsWith("<td class=\"band-1\"");
        assertThat(cell(grid, 1)).startsWith("<td class=\"band-0\" title=\"Kräver ingen särskild åtgärd\">");
        assertThat(grid.indexOf("Risk 16")).isLessThan(grid.indexOf("Risk 1<"));
        // Risk 1 of the appendix, consequence 3 and probability 2, sits in the cell scored 6.
        assertThat(cellAt(grid, 3, 2)).contains("<strong>R1</strong>").contains("Attraktiva livsmiljöer finns i hela Norrbotten");
        assertThat(page).contains("href=\"/api/v1/risks/heatmap/export?format=csv&amp;board=RS&amp;asOf=2023-03-01\"");
    }

    @Test
    void thePerspectiveFilterLeavesOnlyItsRisksInTheGrid() {
        String all = awaitPage(http, "/risks/matrix?board=RS&asOf=2023-03-01", "Kräver åtgärder (");
        String society = awaitPage(http, "/risks/matrix?board=RS&perspective=Samhälle&asOf=2023-03-01", "Kräver åtgärder (");

        assertThat(society).contains("<option value=\"Samhälle\" selected=\"selected\">Samhälle</option>");
        assertThat(count(society, "<span class=\"risk\">")).isLessThan(count(all, "<span class=\"risk\">")).isPositive();
        assertThat(society).contains("<strong>R1</strong>").doesNotContain("<strong>R3</strong>");
        assertThat(society).contains("href=\"/api/v1/risks/heatmap/export?format=csv&amp;board=RS&amp;perspective=Samh%C3%A4lle&amp;asOf=2023-03-01\"");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** The first cell of the grid with this score. */
    private static String cell(String grid, int score) {
        Matcher cell = Pattern.compile("<td class=\"band-\\d\"[^>]*>\\s*<span class=\"score\">Risk " + score + "</span>").matcher(grid);
        assertThat(cell.find()).as("cell scored %s", score).isTrue();
        return grid.substring(cell.start(), grid.indexOf("</td>", cell.start()));
    }

    /** The cell at a consequence (row, 4 at the top) and probability (column, 1 at the left). */
    private static String cellAt(String grid, int consequence, int probability) {
        int row = grid.indexOf("<th scope=\"row\">" + consequence + "</th>");
        int at = row;
        for (int i = 0; i < probability; i++) {
            at = grid.indexOf("<td class=\"band-", at + 1);
        }
        return grid.substring(at, grid.indexOf("</td>", at));
    }
}
