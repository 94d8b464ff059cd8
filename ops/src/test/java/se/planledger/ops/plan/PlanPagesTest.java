package se.planledger.ops.plan;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.support.Pages.awaitPage;

/** The plan's pages: the goal tree of the demo plan, an item's history and the diff between two versions. */
class PlanPagesTest extends PostgresIntegrationTest {

    @Test
    void theTreeShowsEachPerspectiveWithItsGoalsFactorsIndicatorsAndTheAssignments() {
        String tree = awaitPage(http, "/plans/rs-plan-2023-2025?asOf=2023-03-01", "Dnr 1043-2022");

        assertThat(tree).contains("<h2>Samhälle</h2>").contains("<h2>Ekonomi</h2>").contains("<h2>Uppdrag</h2>");
        assertThat(tree).contains("href=\"/plans/rs-plan-2023-2025/items/G1.F1.I1?asOf=2023-03-01\"")
                .contains("<span class=\"kind\">Styrmått</span>").contains("<span class=\"kind\">Framgångsfaktor</span>")
                .contains("Antal vårdkontakter på filialer och servicepunkter");
        assertThat(tree.indexOf("<h2>Samhälle</h2>")).isLessThan(tree.indexOf("<h2>Ekonomi</h2>"));
        assertThat(tree).contains("Säkerställa en kontinuerlig process för ekonomi i balans.");
        assertThat(tree).contains("href=\"/api/v1/plans/rs-plan-2023-2025/export?format=csv&amp;asOf=2023-03-01\"");
    }

    @Test
    void theTreeItLinksToExportsAsOneLinePerItemWithATargetColumnPerYear() {
        awaitPage(http, "/plans/rs-plan-2023-2025?asOf=2023-03-01", "Dnr 1043-2022");

        String csv = http.getForObject("/api/v1/plans/rs-plan-2023-2025/export?format=csv&asOf=2023-03-01", String.class);

        assertThat(csv).contains("Perspektiv;Id;Typ;Överordnad;Namn;Beskrivning;Utgångsvärde;Mål 2023;Mål 2024;Mål 2025;"
                + "Källa;I kraft från");
        assertThat(csv).contains(";G1.F1.I1;Styrmått;G1.F1;Antal vårdkontakter på filialer och servicepunkter;;"
                + "2021 K: 2403 M: 2515;");
        assertThat(csv.indexOf(";G1.F1;Framgångsfaktor;G1;")).as("a factor before its indicators")
                .isLessThan(csv.indexOf(";G1.F1.I1;"));
    }

    @Test
    void anItemShowsItsTargetsAndEveryChangeWithWhoWhenAndWhichDecisionAndLinksToTheDiff() {
        String planId = "page-" + UUID.randomUUID().toString().substring(0, 8);
        write(HttpMethod.POST, "/api/v1/plans", Map.of("planId", planId, "title", "Sidplan 2023–2025", "board", "RS",
                "firstYear", 2023, "lastYear", 2025), null);
        write(HttpMethod.POST, "/api/v1/plans/" + planId + "/items", Map.of("itemId", "G1", "content", Map.of("kind",
                "STRATEGIC_GOAL", "perspective", "Samhälle", "name", "Ett hållbart och livskraftigt län")), null);
        write(HttpMethod.POST, "/api/v1/plans/" + planId + "/items", Map.of("itemId", "F1", "parentId", "G1", "content",
                Map.of("kind", "SUCCESS_FACTOR", "name", "Attraktiva livsmiljöer")), null);
        write(HttpMethod.POST, "/api/v1/plans/" + planId + "/items", Map.of("itemId", "I1", "parentId", "F1",
                "content", PlanLedgerTest.indicator("Öka")), null);
        write(HttpMethod.POST, "/api/v1/plans/" + planId + "/adoption",
                PlanLedgerTest.decision("Dnr 1043-2022", "2022-06-15", "2023-01-01"), null);
        write(HttpMethod.POST, "/api/v1/plans/" + planId + "/drafts", Map.of(), null);
        write(HttpMethod.PUT, "/api/v1/plans/" + planId + "/items/I1", PlanLedgerTest.indicator("Öka 5 %"), "\"1\"");
        write(HttpMethod.POST, "/api/v1/plans/" + planId + "/revisions",
                PlanLedgerTest.decision("Dnr 2001-2022", "2022-12-07", "2023-07-01"), null);

        String item = awaitPage(http, "/plans/" + planId + "/items/I1?asOf=2023-08-01", "Dnr 2001-2022");
        assertThat(item).contains("<th scope=\"row\">Mål 2023</th>\n            <td>Öka 5 %</td>")
                .contains("<td>2021 K: 2403 M: 2515</td>");
        assertThat(item).contains("RS Dnr 1043-2022, beslutad 2022-06-15, gäller från 2023-01-01")
                .contains("RS Dnr 2001-2022, beslutad 2022-12-07, gäller från 2023-07-01").contains(" av planner</td>")
                .as("the first revision adds the item, not a change of it").contains("Tillagd i planen");
        assertThat(item).contains("<span class=\"diff-removed\">Öka</span> →\n                        "
                + "<span class=\"diff-added\">Öka 5 %</span>");
        String diffLink = "/plans/" + planId + "/diff?fromVersion=1&amp;toVersion=2&amp;subtree=I1&amp;asOf=2023-08-01";
        assertThat(item).contains("href=\"" + diffLink + "\"");

        String diff = awaitPage(http, diffLink.replace("&amp;", "&"), "Ändringar från version");
        assertThat(diff).contains("<h2>Ändrade (<span>1</span>)</h2>").contains("<td class=\"diff-added\">Öka 5 %</td>");

        String before = awaitPage(http, "/plans/" + planId + "/items/I1?asOf=2023-03-01", "Mål 2023");
        assertThat(before).contains("<th scope=\"row\">Mål 2023</th>\n            <td>Öka</td>");
    }

    private void write(HttpMethod method, String path, Object body, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        assertThat(writer().exchange(path, method, new HttpEntity<>(body, headers), String.class).getStatusCode()
                .is2xxSuccessful()).as("%s %s", method, path).isTrue();
    }
}
