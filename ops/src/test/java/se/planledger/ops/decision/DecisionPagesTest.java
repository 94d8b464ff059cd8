package se.planledger.ops.decision;

import org.junit.jupiter.api.Test;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.support.Pages.awaitPage;

/** The decision register page over the demo's decisions and one the test records with a control plan. */
class DecisionPagesTest extends PostgresIntegrationTest {

    @Test
    void theRegisterListsEveryDecisionAndFindsOneByPartOfItsReference() {
        String number = UUID.randomUUID().toString().substring(0, 6);
        String plan = "ik-" + number;
        assertThat(as("controller").postForEntity("/api/v1/control-plans", Map.of("planId", plan, "board", "RS", "year", 2018,
                "points", List.of(Map.of("pointId", "IK01", "what", "Bisysslor", "performer", "Regiondirektörens stab",
                        "method", "Stickprov")),
                "decision", Map.of("body", "RS", "reference", "Dnr " + number + "-2017", "decisionDate", "2017-10-20",
                        "effectiveDate", "2018-01-01")), String.class).getStatusCode().is2xxSuccessful()).isTrue();

        String all = awaitPage(http, "/decisions", plan);
        assertThat(all).contains("<td>Dnr 1043-2022</td>").contains("<td>Ramtabell beslutad</td>")
                .contains("<td>Plan antagen</td>").contains("internal-control plan ik-region-2018 (RS 2018)");

        String found = awaitPage(http, "/decisions?reference=" + number, plan);
        assertThat(found).contains("Beslut (<span>1</span>)").doesNotContain("Dnr 1043-2022")
                .contains("<td>RS</td>\n            <td>Dnr " + number + "-2017</td>\n            <td class=\"date\">2017-10-20</td>\n"
                        + "            <td class=\"date\">2018-01-01</td>\n            <td>Internkontrollplan antagen</td>\n"
                        + "            <td>internal-control plan " + plan + " (RS 2018)</td>")
                .containsPattern("<td>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}, controller</td>")
                .contains("<input id=\"reference\" name=\"reference\" type=\"text\" value=\"" + number + "\" placeholder=\"1043-2022\">")
                .as("the export of what the page lists")
                .contains("href=\"/api/v1/decisions/export?format=csv&amp;reference=" + number + "\"");
        String csv = http.getForObject("/api/v1/decisions/export?format=csv&reference=" + number, String.class);
        assertThat(csv).contains("RS;Dnr " + number + "-2017;2017-10-20;2018-01-01;Internkontrollplan antagen;"
                + "internal-control plan " + plan + " (RS 2018);").doesNotContain("Dnr 1043-2022");

        // The seed gives the 2018 control plan's decision no reference and no date: both cells are marked unknown in
        // an element of their own, and no placeholder stands in the reference column.
        String unknown = "<td><span class=\"unknown\" title=\"Källan anger inget diarienummer\">okänt</span></td>\n"
                + "            <td class=\"date\"><span class=\"unknown\" title=\"Källan anger inget beslutsdatum\">okänt</span></td>\n"
                + "            <td class=\"date\">2018-01-01</td>\n            <td>Internkontrollplan antagen</td>\n"
                + "            <td>internal-control plan ik-region-2018 (RS 2018)</td>";
        assertThat(all).contains(unknown).doesNotContain("ej angiv");

        String otherBody = awaitPage(http, "/decisions?body=RUN", "Beslutsregister");
        assertThat(otherBody).contains("<option value=\"RUN\" selected=\"selected\">").doesNotContain("<td>RS</td>");
    }
}
