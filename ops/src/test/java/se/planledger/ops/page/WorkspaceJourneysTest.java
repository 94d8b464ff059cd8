package se.planledger.ops.page;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.BrowserTest;
import se.planledger.ops.support.KnownAt;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The workspace's main journeys in a real browser, each asserting what the user sees: signing in, the plan as of a
 * past date and an item's history, a revised framework table and its waterfall, an interim report before and after
 * an outcome entered and corrected in the form, the risk matrix, and an audit started on its page and run to its end.
 * The framework table is revised through the API, as finance's system would.
 */
class WorkspaceJourneysTest extends BrowserTest {

    private static final String PLAN = "/plans/rs-plan-2023-2025";

    @Test
    void aPageAskedForSignedOutLeadsToTheSignInFormAndBackSignedIn() {
        browser.get(url(PLAN));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(text()).contains("Användarnamn").contains("Lösenord");
        screenshot("inloggningsformular");

        find("#username").sendKeys("controller");
        find("#password").sendKeys("controller");
        find("form[action='/login'] button[type='submit']").click();

        awaitText("Dnr 1043-2022");
        assertThat(browser.getCurrentUrl()).contains(PLAN);
        assertThat(text()).contains("Inloggad som controller")
                .contains("ekonomi (FINANCE), intern kontroll (INTERNAL_CONTROL)");
        screenshot("planen-inloggad");
    }

    @Test
    void thePlanAsOfAPastDateLeadsToAnItemsHistory() {
        signIn("reader");
        open(PLAN, "Dnr 1043-2022");

        setDate("#asOf", "2023-03-01");
        find("form.time button[type='submit']").click();
        awaitText("Antal vårdkontakter på filialer och servicepunkter");
        assertThat(browser.getCurrentUrl()).contains("asOf=2023-03-01");
        assertThat(find("#asOf").getAttribute("value")).isEqualTo("2023-03-01");
        assertThat(text()).contains("Samhälle").contains("Ekonomi").contains("Uppdrag");
        screenshot("planen-per-2023-03-01");

        find("a[href='" + PLAN + "/items/G1.F1.I1?asOf=2023-03-01']").click();
        awaitText("Historik");
        assertThat(find("h1").getText()).isEqualTo("Styrmått G1.F1.I1: Antal vårdkontakter på filialer och servicepunkter");
        assertThat(historyRows()).isNotEmpty()
                .allSatisfy(row -> assertThat(row).contains("RS Dnr 1043-2022").contains("gäller från"));
        assertThat(browser.getCurrentUrl()).contains("asOf=2023-03-01");
        screenshot("styrmattets-historik");
    }

    @Test
    void aRevisedFrameworkTableShowsFromItsEffectiveDateInTheTableAndTheWaterfall() {
        String tableId = "webb-" + UUID.randomUUID().toString().substring(0, 8);
        write("controller", HttpMethod.POST, "/api/v1/framework-tables", Map.of("tableId", tableId,
                "figures", figures("2.3", "87.8"), "decision", Map.of("body", "RS", "reference", "Dnr 1043-2022",
                        "effectiveDate", "2023-01-01")), null);
        signIn("controller");
        open("/framework-tables/" + tableId + "?asOf=2023-05-01", "87,8");
        screenshot("tabellen-fore-revisionen");

        write("controller", HttpMethod.PUT, "/api/v1/framework-tables/" + tableId, Map.of("figures", figures("2.5", "88.0"),
                "decision", Map.of("body", "RS", "reference", "Dnr 2001-2022", "decisionDate", "2023-03-10",
                        "effectiveDate", "2023-04-01")), "\"1\"");

        awaitText("88,0");
        assertThat(text()).contains("Dnr 2001-2022").doesNotContain("87,8");
        screenshot("tabellen-efter-revisionen");

        find("a[href*='/build-up?row=']").click();
        awaitText("Från fjolårets ram till årets");
        WebElement chart = find("div.chart[data-waterfall]");
        assertThat(chart.getAttribute("data-waterfall")).contains("\"to\":88.0").doesNotContain("87.8");
        awaitChartDrawn(chart);
        screenshot("vattenfall-efter-revisionen");

        open("/framework-tables/" + tableId + "/build-up?row=" + URLEncoder.encode(ROW, StandardCharsets.UTF_8)
                + "&asOf=2023-03-01", "Från fjolårets ram till årets");
        chart = find("div.chart[data-waterfall]");
        assertThat(chart.getAttribute("data-waterfall")).contains("\"to\":87.8").doesNotContain("88.0");
        awaitChartDrawn(chart);
        screenshot("vattenfall-fore-ikrafttradandet");
    }

    @Test
    void anOutcomeEnteredAndCorrectedInTheFormShowsOnTheReportAndAsKnownBeforeTheCorrectionAsDelivered() {
        String unit = "Webbdivision " + UUID.randomUUID().toString().substring(0, 6);
        String report = PLAN + "/interim-report?unit=" + URLEncoder.encode(unit, StandardCharsets.UTF_8)
                + "&year=2023&period=D%C3%8508&asOf=2023-09-15";
        signIn("planner");
        open(PLAN + "/outcome-form?unit=" + URLEncoder.encode(unit, StandardCharsets.UTF_8)
                + "&year=2023&period=D%C3%8508", "Styrmått");
        // "Andel patienter som får kontakt med hälsocentralen ... samma dag", target 2023 "95 %": 96 meets it.
        new Select(find("#indicator")).selectByValue("G2.F1.I2");
        find("form.choose button[type='submit']").click();
        awaitShown("Registrera utfallet");
        find("#total").sendKeys("96");
        find("#source").sendKeys("Datalager");
        screenshot("utfallet-i-formularet");
        find("form.entry button[type='submit']").click();

        awaitShown("Utfallet för G2.F1.I2 är registrerat");
        awaitPage(page -> indicatorRow("G2.F1.I2").contains("96"), "the outcome 96 on the report");
        assertThat(indicatorRow("G2.F1.I2")).contains("Uppnått").doesNotContain("Delvis");
        screenshot("rapporten-som-levererad");
        String asDelivered = KnownAt.betweenRecords().toString();

        find("tr[id='G2.F1.I2'] a.edit").click();
        awaitShown("Skäl till rättelsen (krävs)");
        find("#total").clear();
        find("#total").sendKeys("9,0x");
        find("#reason").sendKeys("Felaktigt urval");
        find("form.entry button[type='submit']").click();
        awaitShown("Inget registrerades.");
        assertThat(find("#total").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#reason").getAttribute("value")).isEqualTo("Felaktigt urval");
        screenshot("rattelsen-med-fel-tal");
        find("#total").clear();
        find("#total").sendKeys("90");
        find("form.entry button[type='submit']").click();
        awaitShown("Rättelsen av G2.F1.I2 är registrerat");

        browser.get(url(report));
        awaitPage(page -> indicatorRow("G2.F1.I2").contains("90"), "the corrected outcome 90 on the report");
        assertThat(indicatorRow("G2.F1.I2")).contains("Delvis uppnått");
        assertThat(text()).doesNotContain("Historisk vy");
        screenshot("rapporten-efter-rattelsen");

        find("#knownAt").sendKeys(asDelivered);
        find("form.time button[type='submit']").click();
        awaitPage(page -> page.contains("Historisk vy") && page.contains("Exportera"), "the report as known before");
        assertThat(indicatorRow("G2.F1.I2")).contains("96").contains("Uppnått").doesNotContain("Delvis");
        assertThat(find("p.banner").getText()).contains("Senare registreringar syns inte");
        screenshot("rapporten-som-kand-fore-rattelsen");

        find("p.banner a").click();
        awaitPage(page -> !page.contains("Historisk vy") && page.contains("Exportera"), "the report as known now");
        assertThat(indicatorRow("G2.F1.I2")).contains("90").contains("Delvis uppnått");
        screenshot("rapporten-som-kand-nu");
    }

    @Test
    void theRiskMatrixIsAFourByFourGridWhoseCountsAreItsRisksAndTheFilterNarrowsIt() {
        signIn("reader");
        open("/risks/matrix?board=RS&asOf=2023-03-01", "Kräver åtgärder (");

        List<WebElement> rows = browser.findElements(By.cssSelector("table.matrix tbody tr"));
        assertThat(rows).hasSize(4);
        assertThat(rows).allSatisfy(row -> assertThat(row.findElements(By.cssSelector("td[class^='band-']"))).hasSize(4));
        int all = countedRisks();
        assertThat(all).isPositive().isEqualTo(browser.findElements(By.cssSelector("table.matrix span.risk")).size());
        // Risk 1 of the appendix, consequence 3 and probability 2, is counted in the cell scored 6.
        WebElement r1 = rows.get(1).findElements(By.tagName("td")).get(1);
        assertThat(r1.getText()).contains("Risk 6").contains("R1 Attraktiva livsmiljöer finns i hela Norrbotten");
        screenshot("riskmatrisen");

        new Select(find("#perspective")).selectByVisibleText("Samhälle");
        find("form.filters button[type='submit']").click();
        awaitPage(page -> browser.getCurrentUrl().contains("perspective=") && page.contains("Kräver åtgärder ("),
                "the filtered matrix");
        assertThat(countedRisks()).isPositive().isLessThan(all);
        assertThat(text()).contains("R1 Attraktiva livsmiljöer").doesNotContain("R3 ");
        screenshot("riskmatrisen-samhalle");
    }

    @Test
    void anAuditStartedByTheAuditorOnTheAuditPageRunsToItsEndWithNoDifferences() {
        signIn("auditor");
        open("/audit", "Granska liggaren mot händelserna");
        screenshot("granskningssidan");
        find("form[action='/audit/audits'] button[type='submit']").click();

        awaitShown("Granskning: "); // the job's page, which reads itself again until the job has ended
        screenshot("granskningen-pagar");
        awaitShown("Inga skillnader");
        assertThat(browser.getCurrentUrl()).contains("/audit/jobs/");
        assertThat(find("span.job-state").getText()).isEqualTo("Klar");
        assertThat(text()).contains("Inga skillnader").contains("händelser spelades upp och varje svar var detsamma")
                .contains("plan-tree");
        screenshot("granskningen-klar");
    }

    private static final String ROW = "Vårdval barn- och ungdomstandvård";

    private static Map<String, Object> figures(String index, String closing) {
        return Map.of("title", "Webbram", "amountUnit", "mnkr", "decimals", 1, "year", 2023,
                "columns", List.of(Map.of("name", "Ram 2021", "role", "OPENING"),
                        Map.of("name", "Löne- & prisindex", "role", "COMPONENT"),
                        Map.of("name", "Ram 2022", "role", "CLOSING")),
                "rows", List.of(Map.of("label", ROW, "total", false, "amounts", List.of("85.5", index, closing))));
    }

    private void write(String user, HttpMethod method, String path, Object body, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        ResponseEntity<String> response = as(user).exchange(path, method, new HttpEntity<>(body, headers), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("%s %s: %s", method, path, response.getBody()).isTrue();
    }

    /**
     * A date field takes typed keys in the order of the browser's locale; set its value as the date picker does,
     * then submit its form as the user would.
     */
    private void setDate(String css, String date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", find(css), date);
    }

    /** The text of each row of the item's history table. */
    private List<String> historyRows() {
        return browser.findElements(By.xpath("//h2[text()='Historik']/following-sibling::table[1]/tbody/tr"))
                .stream().map(WebElement::getText).toList();
    }

    private String indicatorRow(String indicatorId) {
        List<WebElement> rows = browser.findElements(By.id(indicatorId));
        return rows.isEmpty() ? "" : rows.get(0).getText();
    }

    /** The sum of the counts the matrix's cells show. */
    private int countedRisks() {
        return browser.findElements(By.cssSelector("table.matrix span.count")).stream()
                .mapToInt(count -> Integer.parseInt(count.getText().trim())).sum();
    }

    /**
     * ECharts drew into the container (a canvas): the static scripts ran under the pages' CSP. Its bars grow in an
     * animation, so the screenshot waits until the drawing stops changing.
     */
    private void awaitChartDrawn(WebElement chart) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(chart.findElements(By.cssSelector("canvas, svg"))).isNotEmpty());
        String[] drawn = {""};
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).until(() -> {
            String now = String.valueOf(((JavascriptExecutor) browser).executeScript(
                    "var c = arguments[0].querySelector('canvas'); return c ? c.toDataURL() : arguments[0].innerHTML;", chart));
            boolean still = now.equals(drawn[0]);
            drawn[0] = now;
            return still;
        });
    }
}
