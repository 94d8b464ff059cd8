package se.planledger.ops.risk;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.support.Pages.awaitPage;

/**
 * The risk matrix and register pages over the demo's risk assessment of the board's success factors (seed 000,
 * appendix 3), and a risk's history over a register of the test's own.
 */
class RiskPagesTest extends PostgresIntegrationTest {

    @Test
    void anUnknownRegisterOrRiskIsAProblemNamingIt() {
        assertThat(http.getForEntity("/risk-registers/finns-inte?asOf=2023-03-01", String.class))
                .satisfies(page -> {
                    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
                    assertThat(page.getBody()).contains("\"field\":\"registerId\"");
                });
        assertThat(http.getForEntity("/risk-registers/rs-riskbedomning/risks/R99", String.class)).satisfies(page -> {
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(page.getBody()).contains("\"field\":\"riskId\"");
        });
    }

    @Test
    void anUnknownBoardPerspectiveOrBandOfTheMatrixIsAProblemNamingTheParameter() {
        awaitPage(http, "/risks/matrix?board=RS&asOf=2023-03-01", "Kräver åtgärder (");
        refused("/risks/matrix?board=XX&asOf=2023-03-01", "board", "RS");
        refused("/risks/matrix?board=RS&perspective=Rymden&asOf=2023-03-01", "perspective", "Samhälle");
        refused("/risks/matrix?board=RS&band=Mellan&asOf=2023-03-01", "band", "Kräver åtgärder för att minimera risken");
        // Known values in another case still filter, as the API's do.
        assertThat(awaitPage(http, "/risks/matrix?board=rs&perspective=samhälle&asOf=2023-03-01", "Kräver åtgärder ("))
                .contains("<option value=\"Samhälle\" selected=\"selected\">Samhälle</option>");
    }

    private void refused(String path, String field, String naming) {
        ResponseEntity<String> page = http.getForEntity(path, String.class);
        assertThat(page.getStatusCode()).as("GET %s", path).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getBody()).contains("\"field\":\"" + field + "\"").contains(naming);
    }

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

    @Test
    void theRegisterListsEveryOpenRiskWithItsScoreBandAndSuccessFactor() {
        String page = awaitPage(http, "/risk-registers/rs-riskbedomning?asOf=2023-03-01", "Öppna risker");

        assertThat(page).contains("(<span>16</span>)");
        assertThat(row(page, "R1")).contains("<td>Samhälle</td>")
                .contains("Attraktiva livsmiljöer finns i hela Norrbotten\n                <span class=\"kind\">(G1.F1)</span>")
                .contains("<td class=\"number\">3</td>\n            <td class=\"number\">2</td>\n            <td class=\"number\">6</td>")
                .contains("<td class=\"band\">Kräver ingen särskild åtgärd</td>").contains("<td>2023-01-01, Regionstyrelsen</td>")
                .contains("href=\"/risk-registers/rs-riskbedomning/risks/R1?asOf=2023-03-01\"");
        assertThat(page).contains("<tr class=\"needs-measures\">\n            <th scope=\"row\">R3</th>");
        // In the order of their numbers, as the appendix lists them: R2 before R10.
        assertThat(page.indexOf("<th scope=\"row\">R2</th>")).isPositive().isLessThan(page.indexOf("<th scope=\"row\">R10</th>"));
        assertThat(row(page, "R3")).contains("<td class=\"number\">12</td>").contains("<td class=\"band\">Kräver åtgärder för att minimera risken</td>");
        assertThat(page).contains("href=\"/risks/matrix?board=RS&amp;asOf=2023-03-01\"")
                .contains("href=\"/api/v1/risks/export?format=xlsx&amp;board=RS&amp;asOf=2023-03-01\"");

        String matrix = awaitPage(http, "/risks/matrix?board=RS&asOf=2023-03-01", "Kräver åtgärder (");
        assertThat(matrix).contains("href=\"/risk-registers/rs-riskbedomning?asOf=2023-03-01\"")
                .contains("<a href=\"/risk-registers/rs-riskbedomning/risks/R1?asOf=2023-03-01\"><strong>R1</strong></a>");
    }

    @Test
    void aRisksHistoryShowsEveryVersionWithWhatChangedWhoWhenAndWhy() {
        String register = "sida-" + UUID.randomUUID().toString().substring(0, 8);
        String base = "/api/v1/risk-registers/" + register;
        post(base + "/scales", Map.of("board", register, "scale", Map.of("version", 1, "maxConsequence", 4, "maxProbability", 4,
                "bands", List.of(Map.of("name", "Låg", "from", 1, "to", 8, "needsMeasures", false),
                        Map.of("name", "Hög", "from", 9, "to", 16, "needsMeasures", true))), "effectiveFrom", "2022-06-01"));
        post(base + "/risks", Map.of("riskId", "R1", "subject", Map.of("kind", "SUCCESS_FACTOR",
                        "name", "Tillgänglig och rätt använd kompetens", "perspective", "Medarbetare"),
                "planPeriod", "2023–2025", "description", Map.of("whatCanHappen", "Att regionen tappar som arbetsgivare."),
                "consequence", 3, "probability", 2, "assessedOn", "2022-09-01", "assessor", "Regionstyrelsen"));
        post(base + "/risks/R1/reassessments", Map.of("description", Map.of("whatCanHappen", "Rekryteringen misslyckas"),
                "consequence", 4, "probability", 3, "assessedOn", "2023-09-01", "assessor", "HR-direktören",
                "reason", "Sämre rekryteringsläge"), "\"1\"");

        String page = awaitPage(http, "/risk-registers/" + register + "/risks/R1", "Sämre rekryteringsläge");

        assertThat(page).contains("Risk <span>R1</span>: <span>Tillgänglig och rätt använd kompetens</span>");
        String second = page.substring(page.indexOf("<th scope=\"row\">2</th>"));
        assertThat(second).contains("<td>2023-09-01, HR-direktören</td>").contains("<td class=\"number\">4×3 = 12</td>")
                .contains("<td>Hög</td>").contains("<td>Sämre rekryteringsläge</td>")
                .containsPattern("<td>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}, controller</td>")
                .contains("<span class=\"path\">score</span>:\n                <span class=\"diff-removed\">6</span> →\n                <span class=\"diff-added\">12</span>")
                .contains("<span class=\"diff-removed\">Att regionen tappar som arbetsgivare.</span>");
        assertThat(page.substring(page.indexOf("<th scope=\"row\">1</th>"), page.indexOf("<th scope=\"row\">2</th>")))
                .contains("<td>2022-09-01, Regionstyrelsen</td>").contains("3×2 = 6").contains("första bedömningen");
        assertThat(page).contains("href=\"/risk-registers/" + register + "\"")
                .contains("href=\"/risks/matrix?board=" + register + "\"").contains("href=\"/risks/R1/chain\"");
    }

    private void post(String path, Object body) {
        assertThat(as("controller").postForEntity(path, body, String.class).getStatusCode().is2xxSuccessful())
                .as("POST %s", path).isTrue();
    }

    /** A revision of what exists, naming the version read as If-Match. */
    private void post(String path, Object body, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setIfMatch(ifMatch);
        assertThat(as("controller").postForEntity(path, new HttpEntity<>(body, headers), String.class).getStatusCode()
                .is2xxSuccessful()).as("POST %s", path).isTrue();
    }

    /** The register's row of the risk. */
    private static String row(String page, String riskId) {
        int start = page.indexOf("<th scope=\"row\">" + riskId + "</th>");
        assertThat(start).as("risk %s", riskId).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
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
