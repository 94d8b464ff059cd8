package se.planledger.ops.budget;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.support.Pages.awaitPage;

/** The finance pages over the demo's framework tables of the plan 2023–2025 (Dnr 1043-2022). */
class FrameworkPagesTest extends PostgresIntegrationTest {

    @Test
    void aTableReadsAsPrintedInSwedishFiguresWithItsDecision() {
        String page = awaitPage(http, "/framework-tables/regionbidrag-rs-2023-2025?asOf=2023-03-01", "Regionbidrag");

        assertThat(page).contains("<h1>Förändringar i regionbidraget till Regionstyrelsen</h1>")
                .contains("Beslut: <strong>RS Dnr 1043-2022</strong>").contains("gäller från <span>2023-01-01</span>");
        assertThat(page).contains("<th scope=\"row\">2023</th>").contains("<span>8 675,0</span>")
                .contains("<span>9 279,8</span>").contains("<span>-15,0</span>").contains("<span>9 854,5</span>");
        assertThat(page).contains("href=\"/api/v1/framework-tables/regionbidrag-rs-2023-2025/export?format=csv&amp;asOf=2023-03-01\"")
                .contains("href=\"/framework-tables/regionbidrag-rs-2023-2025/build-up?row=2023&amp;asOf=2023-03-01\"");
    }

    @Test
    void eachResidualIsMarkedInItsCellAsRoundingOrMismatch() {
        String page = awaitPage(http, "/framework-tables/ekonomisk-ram-2023?asOf=2023-03-01", "Ekonomisk ram");

        // 85,5 + 2,4 + 0 + 0 + 0,01 = 87,9 against 87,8 stated: within half a unit per term, a rounding difference.
        assertThat(row(page, "Vårdval barn- och ungdomstandvård")).contains("<td class=\"number rounding\">\n"
                + "                <span>87,8</span>\n"
                + "                <span class=\"residual\">Avrundning: summan 87,9, differens 0,1</span>");
        // 7 403,6 + 499,0 + 0,2 = 7 902,8 against 7880,3 stated: a mismatch.
        assertThat(row(page, "Styrelsen för vidare fördelning")).contains("<td class=\"number mismatch\">\n"
                + "                <span>7 880,3</span>\n"
                + "                <span class=\"residual\">Avvikelse: summan 7 902,8, differens 22,5</span>");
        assertThat(row(page, "Vårdval primärvård")).doesNotContain("rounding").doesNotContain("mismatch");
        // The rows' expansions add up to 0,0 against 14,5 in the total row.
        assertThat(row(page, "Totalt")).contains("Avvikelse: summan 0,0, differens -14,5");

        String reconciliation = awaitPage(http, "/reconciliation?asOf=2023-03-01", "Ekonomisk ram");
        assertThat(reconciliation).contains("<td class=\"mismatch\">avvikelse</td>").contains("<td class=\"rounding\">avrundning</td>")
                .contains("href=\"/api/v1/reconciliation/export?format=xlsx&amp;asOf=2023-03-01\"");
        assertThat(http.getForEntity("/api/v1/reconciliation/export?format=csv&asOf=2023-03-01", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theBuildUpFromLastYearsFrameToThisYearsIsAWaterfallDrawnByAStaticScript() {
        String page = awaitPage(http, "/framework-tables/regionbidrag-rs-2023-2025/build-up?row=2023&asOf=2023-03-01",
                "Vattenfallsdiagram");

        assertThat(page).contains("<h1>Från fjolårets ram till årets: <span>2023</span></h1>");
        assertThat(page).contains("<th scope=\"row\">Anslag året innan</th>\n            <td class=\"number\">8 675,0</td>")
                .contains("<th scope=\"row\">Prisuppräkning</th>\n            <td class=\"number\">562,9</td>\n"
                        + "            <td class=\"number\">9 237,9</td>")
                .contains("<th scope=\"row\">Regionbidrag</th>\n            <td class=\"number\">9 279,8</td>");
        assertThat(page).contains("data-waterfall=\"[{&quot;label&quot;:&quot;Anslag året innan&quot;,&quot;from&quot;:0,"
                + "&quot;to&quot;:8675.0,&quot;kind&quot;:&quot;OPENING&quot;");
        assertThat(page).contains("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"></script>")
                .contains("<script src=\"/js/waterfall.js\"></script>").doesNotContain("<script>");

        ResponseEntity<byte[]> echarts = as(null).getForEntity("/webjars/echarts/5.3.1/dist/echarts.min.js", byte[].class);
        assertThat(echarts.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(echarts.getBody(), 0, 2000, StandardCharsets.UTF_8)).contains("echarts");
        assertThat(http.getForObject("/js/waterfall.js", String.class)).contains("echarts.init");
    }

    /** The HTML of the table row headed by {@code label}. */
    private static String row(String page, String label) {
        int start = page.indexOf("<th scope=\"row\">" + label + "</th>");
        assertThat(start).as("row %s", label).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
