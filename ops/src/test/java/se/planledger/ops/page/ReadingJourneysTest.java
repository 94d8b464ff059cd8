package se.planledger.ops.page;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import se.planledger.ops.support.BrowserTest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new reader finds the registers and histories by the links alone, from the start page and the menu, and the
 * trend chart is drawn by its static script under the pages' content security policy.
 */
class ReadingJourneysTest extends BrowserTest {

    @Test
    void fromTheStartPageToARisksHistoryItsControlChainAndTheDecisions() {
        signIn("reader");
        open("/?asOf=2023-03-01", "Riskregister");
        find("#riskregister a[href^='/risk-registers/rs-riskbedomning']").click();
        awaitText("Öppna risker bedömda per 2023-03-01");
        assertThat(find("table.register tbody").findElements(By.tagName("tr"))).hasSize(16);
        screenshot("riskregistret");

        find("a[href^='/risk-registers/rs-riskbedomning/risks/R3']").click();
        awaitText("första bedömningen");
        assertThat(text()).contains("Risk R3: En god vård med hög tillgänglighet");
        screenshot("riskens-historik");

        find("a[href^='/risks/R3/chain']").click();
        awaitText("Från risk R3 till kontroller och åtgärder");
        screenshot("kedjan-fran-risken");

        find("nav a[href^='/decisions']").click();
        awaitText("Beslutsregister");
        assertThat(text()).contains("Dnr 1043-2022").contains("Ramtabell beslutad");
        screenshot("beslutsregistret");
    }

    @Test
    void fromTheStartPageToATablesRevisionsTheDiffAndTheControlReports() {
        signIn("reader");
        open("/?asOf=2023-03-01", "Ramtabeller");
        find("#ramtabeller a[href^='/framework-tables/ekonomisk-ram-2023/history']").click();
        awaitText("Revideringar: Ekonomisk ram 2022, mnkr");
        assertThat(text()).contains("Första beslutet om tabellen.").contains("RS Dnr 1043-2022, beslutsdatum okänt, gäller från 2023-01-01");
        screenshot("ramtabellens-revideringar");

        find("a[href^='/framework-tables/diff']").click();
        awaitText("Ramtabellernas förändringar mellan två datum");
        screenshot("forandringar-mellan-datum");

        open("/?asOf=2018-06-30", "Internkontrollplaner");
        find("#intern-kontroll a[href^='/control-plans/ik-region-2018/reports']").click();
        awaitText("Uppföljningsrapporter: ik-region-2018");
        screenshot("uppfoljningsrapporterna");
    }

    @Test
    void anIndicatorsTrendIsDrawnAsALineChartBesideItsTable() {
        String unit = "Diagramdivision " + UUID.randomUUID().toString().substring(0, 6);
        for (String[] outcome : new String[][]{{"DÅ04", "88"}, {"DÅ08", "96"}, {"ÅR", "93.5"}}) {
            assertThat(as("planner").postForEntity("/api/v1/plans/rs-plan-2023-2025/outcomes", Map.of("indicatorId", "G2.F1.I2",
                    "unit", unit, "year", 2023, "period", outcome[0], "values", Map.of("total", outcome[1]),
                    "source", "Datalager"), String.class).getStatusCode().is2xxSuccessful()).isTrue();
        }
        signIn("reader");
        open("/plans/rs-plan-2023-2025/interim-report?unit=" + URLEncoder.encode(unit, StandardCharsets.UTF_8)
                + "&year=2023&period=D%C3%8508&asOf=2023-09-15", unit);
        find("tr#G2\\.F1\\.I2 a.trend-link").click();
        awaitText("ÅR 2023");

        WebElement chart = find("div.chart[data-trend]");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(chart.findElements(By.cssSelector("canvas, svg"))).as("drawn by trend.js").isNotEmpty());
        assertThat(text()).contains("93,5").contains("95 %");
        screenshot("styrmattet-over-tid");
    }
}
