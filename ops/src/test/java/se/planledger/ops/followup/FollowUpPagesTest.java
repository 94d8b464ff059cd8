package se.planledger.ops.followup;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.support.Pages.awaitPage;

/**
 * The interim report page over the demo's follow-ups (the region per August 2019, Länssjukvård 1 per April 2022),
 * and an indicator's trend over outcomes the test records for a unit of its own.
 */
class FollowUpPagesTest extends PostgresIntegrationTest {

    @Test
    void aTrendOfAUnitWithoutOutcomesIsNotFoundNamingTheUnitsThereAre() {
        ResponseEntity<String> page = http.getForEntity("/plans/lsv1-plan-2022/indicators/M1.F1.I1/trend?unit=Finns inte"
                + "&asOf=2022-05-15", String.class);

        // As for a report: a unit no outcome names is not there (404), not a bad request.
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("\"field\":\"unit\"").contains("Division Länssjukvård 1");
    }

    @Test
    void theRegionsReportPerAugust2019SummarisesTheBoardsJudgementsOfItsSeventeenGoals() {
        String page = awaitPage(http, "/plans/region-plan-2019/interim-report?year=2019&period=DÅ08", "P3.F1.I1");

        assertThat(page).contains("<td class=\"number\">17</td>\n            <td class=\"number\">2</td>\n"
                + "            <td class=\"number\">13</td>\n            <td class=\"number\">2</td>");
        // Sick leave per August: 4,4 % in all, women 4,9, men 2,6, against August's 4,8: met, better than 5,0 a year before.
        assertThat(row(page, "P3.F1.I1")).contains("<td>DÅ04: 5,6% DÅ08: 4,8% ÅR: 4,9%</td>")
                .contains("<td class=\"number\">4,4</td>\n                    <td class=\"number\">4,9</td>\n"
                        + "                    <td class=\"number\">2,6</td>")
                .contains("class=\"light light-met\"").contains(">Uppnått</span>")
                .contains("<span class=\"trend trend-improving\">↑ förbättring</span>");
        // "målet på 62 procent konsolideringsgrad nås inte": 54 % per August.
        assertThat(row(page, "E1.F1.I2")).contains("<td class=\"number\">54</td>").contains("class=\"light light-not_met\"");
        assertThat(page).contains("<span class=\"light light-partly_met\">Delvis uppnått</span>");
        assertThat(page).as("no actions to follow up").doesNotContain("Uppföljning av strategiska åtgärder");
        assertThat(page).contains("href=\"/api/v1/plans/region-plan-2019/interim-report/export?unit=Hela%20regionen&amp;year=2019"
                + "&amp;period=D%C3%8508&amp;format=csv\"");
    }

    @Test
    void aDivisionsReportShowsWomenAndMenAndTheLightOfEachIndicator() {
        String page = awaitPage(http, "/plans/lsv1-plan-2022/interim-report?unit=Division Länssjukvård 1&year=2022"
                + "&period=DÅ04&asOf=2022-05-15", "E1.F1.I1");

        assertThat(row(page, "M1.F1.I1")).contains("<td>100 %</td>").contains("<td class=\"number\">51</td>\n"
                        + "                    <td class=\"number\">45</td>\n                    <td class=\"number\">60</td>")
                .contains("class=\"light light-not_met\"");
        assertThat(row(page, "V1.F2.I1")).contains("<td class=\"number\">7 040</td>\n                    <td class=\"number\">7 308</td>");
        assertThat(row(page, "V1.F3.I2")).contains("<td class=\"number\">19,3</td>").contains("class=\"light light-not_met\"");
        assertThat(row(page, "V1.F4.I2")).contains("class=\"light light-met\"");
        assertThat(page).contains("Uppföljning av strategiska åtgärder och uppdrag");
        // Action 26: the comment as printed, under a status the report does not state.
        assertThat(row(page, "E1.F1.A26")).contains("<td class=\"unknown\">ej angiven</td>")
                .contains("<td>Omställningen pågår i dagsläge för VO Barnsjukvård och Internmedicin.</td>");
        assertThat(row(page, "M1.F1.A1")).contains("<td></td>").doesNotContain("ej angiven");
        assertThat(page).contains("<input id=\"unit\" name=\"unit\" type=\"text\" value=\"Division Länssjukvård 1\">")
                .contains("<input type=\"hidden\" name=\"asOf\" value=\"2022-05-15\">");
    }

    @Test
    void anIndicatorsTrendShowsEveryReportsOutcomeAgainstItsTargetAsAChartAndATable() {
        String unit = "Trenddivision " + UUID.randomUUID().toString().substring(0, 6);
        String plan = "/api/v1/plans/rs-plan-2023-2025";
        awaitPage(http, "/plans/rs-plan-2023-2025?asOf=2023-03-01", "G2.F1.I2");
        // "samma dag": targets 2023 "95 %" and 2025 "100 %"; reported DÅ04, DÅ08 and ÅR.
        outcome(plan, unit, 2024, "DÅ08", "97");
        outcome(plan, unit, 2023, "ÅR", "93.5");
        outcome(plan, unit, 2023, "DÅ04", "88");
        outcome(plan, unit, 2023, "DÅ08", "96");

        String page = awaitPage(http, "/plans/rs-plan-2023-2025/indicators/G2.F1.I2/trend?unit=" + unit + "&asOf=2024-09-15",
                "DÅ08 2024</th>");

        assertThat(page).contains("Andel patienter som får kontakt med hälsocentralen via telefon eller digitalt samma dag");
        String table = page.substring(page.indexOf("<table class=\"trend\">"));
        assertThat(table.indexOf("DÅ04 2023</th>")).isLessThan(table.indexOf("DÅ08 2023</th>"));
        assertThat(table.indexOf("DÅ08 2023</th>")).isLessThan(table.indexOf("ÅR 2023</th>"));
        assertThat(table.indexOf("ÅR 2023</th>")).isLessThan(table.indexOf("DÅ08 2024</th>"));
        assertThat(reportRow(table, "ÅR 2023")).contains("<td class=\"number\">93,5</td>").contains("<td>95 %</td>")
                .contains("class=\"light light-");
        assertThat(reportRow(table, "DÅ08 2024")).contains("<td class=\"number\">97</td>").contains("<td>100 %</td>")
                .contains("href=\"/api/v1/plans/rs-plan-2023-2025/interim-report/export?unit=Trenddivision%20");
        assertThat(page).contains("data-trend=\"[{&quot;label&quot;:&quot;DÅ04 2023&quot;,&quot;total&quot;:88,"
                        + "&quot;target&quot;:95,&quot;targetText&quot;:&quot;95 %&quot;}")
                .contains("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"></script>")
                .contains("<script src=\"/js/trend.js\"></script>").doesNotContain("<script>");
        assertThat(http.getForObject("/js/trend.js", String.class)).contains("echarts.init").contains("data-trend");

        String report = awaitPage(http, "/plans/rs-plan-2023-2025/interim-report?unit=" + unit + "&year=2023&period=DÅ08"
                + "&asOf=2024-09-15", "G2.F1.I2");
        assertThat(row(report, "G2.F1.I2")).contains("href=\"/plans/rs-plan-2023-2025/indicators/G2.F1.I2/trend?unit=Trenddivision%20");
    }

    private void outcome(String plan, String unit, int year, String period, String total) {
        assertThat(writer().postForEntity(plan + "/outcomes", Map.of("indicatorId", "G2.F1.I2", "unit", unit, "year", year,
                "period", period, "values", Map.of("total", total), "source", "Datalager"), String.class)
                .getStatusCode().is2xxSuccessful()).as("outcome %s %s", period, year).isTrue();
    }

    /** The HTML of a trend's row headed by its report. */
    private static String reportRow(String table, String report) {
        int start = table.indexOf("<th scope=\"row\">" + report + "</th>");
        assertThat(start).as("report %s", report).isPositive();
        return table.substring(start, table.indexOf("</tr>", start));
    }

    /** The HTML of the indicator's row. */
    private static String row(String page, String indicatorId) {
        int start = page.indexOf("<tr id=\"" + indicatorId + "\">");

        assertThat(start).as("row %s", indicatorId).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
