package se.planledger.ops.budget;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.support.Pages.awaitPage;

/**
 * The finance pages over the demo's framework tables of the plan 2023–2025 (Dnr 1043-2022), and a table of the
 * test's own revised by a later decision.
 */
class FrameworkPagesTest extends PostgresIntegrationTest {

    @Test
    void aMalformedDateOfTheDiffIsAProblemNamingItsParameter() {
        ResponseEntity<String> page = http.getForEntity("/framework-tables/diff?fromAsOf=2023-13-01", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getBody()).contains("\"field\":\"fromAsOf\"").contains("2023-13-01");
        assertThat(http.getForEntity("/framework-tables/finns-inte/history", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

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

    @Test
    void aTablesRevisionsStandOnATimelineAndTheDiffBetweenTwoDatesNamesTheCellsChanged() {
        String tableId = "sida-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(as("controller").postForEntity("/api/v1/framework-tables", Map.of("tableId", tableId,
                "figures", FrameworkLedgerTest.figures("87.8"), "decision", Map.of("body", "RS",
                        "reference", "Dnr 1043-2022", "effectiveDate", "2023-01-01")), String.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        awaitPage(http, "/framework-tables/" + tableId + "?asOf=2023-03-01", "Testram");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setIfMatch("\"1\"");
        assertThat(as("controller").exchange("/api/v1/framework-tables/" + tableId, HttpMethod.PUT, new HttpEntity<>(
                Map.of("figures", FrameworkLedgerTest.figures("88.0"), "decision", Map.of("body", "RS",
                        "reference", "Dnr 2001-2022", "decisionDate", "2023-03-10", "effectiveDate", "2023-04-01")),
                headers), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        String history = awaitPage(http, "/framework-tables/" + tableId + "/history", "version <span>2</span>");
        String[] versions = history.substring(history.indexOf("<ol class=\"timeline\">")).split(Pattern.quote("<h2>"));
        assertThat(versions).as("the list and two versions").hasSize(3);
        String first = versions[1];
        String second = versions[2];
        assertThat(first).startsWith("<span class=\"when\">2023-01-01</span>").contains("RS Dnr 1043-2022, <span class=\"unknown\" title=\"Källan anger inget beslutsdatum\">beslutsdatum okänt</span>, "
                        + "gäller från 2023-01-01").contains("Första beslutet om tabellen.");
        assertThat(second).startsWith("<span class=\"when\">2023-04-01</span>")
                .contains("<strong>RS Dnr 2001-2022, beslutad 2023-03-10, gäller från 2023-04-01</strong>")
                .containsPattern("registrerad <span>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}</span>\\s+av <span>controller</span>")
                .contains("<span class=\"path\">Vårdval barn- och ungdomstandvård, Ram 2022</span>:\n"
                        + "            <span class=\"diff-removed\">87,8</span> →\n            <span class=\"diff-added\">88,0</span>")
                .doesNotContain("Prisindex");
        // The link to the table as the first version read it opens the table with that version's figures.
        Matcher asFirst = Pattern.compile("href=\"(/framework-tables/" + tableId + "\\?asOf=2023-01-01&amp;knownAt=[^\"]+)\"")
                .matcher(first);
        assertThat(asFirst.find()).as("link to version 1").isTrue();
        String tableAsFirst = awaitPage(http, asFirst.group(1).replace("&amp;", "&"), "Testram");
        assertThat(tableAsFirst).contains("version <span>1</span>").contains("<span>87,8</span>").doesNotContain("<span>88,0</span>");
        assertThat(first).containsPattern("href=\"/api/v1/framework-tables/" + tableId
                + "/export\\?format=xlsx&amp;asOf=2023-01-01&amp;knownAt=[^\"]+\"");
        assertThat(awaitPage(http, "/framework-tables/" + tableId + "?asOf=2023-05-01", "Testram"))
                .contains("href=\"/framework-tables/" + tableId + "/history?asOf=2023-05-01\"");

        String diff = awaitPage(http, "/framework-tables/diff?fromAsOf=2023-03-01&toAsOf=2023-05-01", tableId);
        String mine = diff.substring(diff.indexOf("href=\"/framework-tables/" + tableId + "?asOf=2023-03-01\"") - 400);
        assertThat(mine).contains("Version <span>1</span>").contains("version <span>2</span>,\n                beslut <span>Dnr 2001-2022</span>")
                .contains("href=\"/framework-tables/" + tableId + "?asOf=2023-05-01\"")
                .contains("<span class=\"diff-removed\">87,8</span>").contains("<span class=\"diff-added\">88,0</span>")
                .contains("href=\"/api/v1/framework-tables/" + tableId + "/export?format=csv&amp;asOf=2023-05-01\"");
        assertThat(diff).doesNotContain("<h2>Ekonomisk ram 2022, mnkr</h2>")
                .contains("<input id=\"fromAsOf\" name=\"fromAsOf\" type=\"date\" value=\"2023-03-01\">");
    }

    /** The HTML of the table row headed by {@code label}. */
    private static String row(String page, String label) {
        int start = page.indexOf("<th scope=\"row\">" + label + "</th>");
        assertThat(start).as("row %s", label).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
