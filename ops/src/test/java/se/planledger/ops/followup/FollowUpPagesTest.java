package se.planledger.ops.followup;

import org.junit.jupiter.api.Test;
import se.planledger.ops.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.support.Pages.awaitPage;

/** The interim report page over the demo's follow-ups: the region per August 2019, Länssjukvård 1 per April 2022. */
class FollowUpPagesTest extends PostgresIntegrationTest {

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
        assertThat(page).contains("<input id=\"unit\" name=\"unit\" type=\"text\" value=\"Division Länssjukvård 1\">")
                .contains("<input type=\"hidden\" name=\"asOf\" value=\"2022-05-15\">");
    }

    /** The HTML of the indicator's row. */
    private static String row(String page, String indicatorId) {
        int start = page.indexOf("<tr id=\"" + indicatorId + "\">");
        assertThat(start).as("row %s", indicatorId).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
