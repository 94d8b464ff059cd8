package se.planledger.ops.control;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.support.Pages.awaitPage;

/**
 * The internal-control pages: the status board (a traffic light per control point, as it stood at asOf), the chain
 * from a risk to its controls and actions, and the follow-up reports as delivered.
 */
class ControlPagesTest extends PostgresIntegrationTest {

    @Test
    void anUnknownReportIsAProblemNamingIt() {
        ResponseEntity<String> page = http.getForEntity("/control-plans/ik-region-2018/reports/finns-inte", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("\"field\":\"reportId\"");
    }

    @Test
    void eachPointShowsTheLightOfWhatWasControlledAndWhatIsOpen() {
        String plan = "ik-" + UUID.randomUUID().toString().substring(0, 8);
        adopt(plan, point("IK01", "Bisysslor"), point("IK02", "Attestregler"), point("IK03", "Representation"));
        deviation(plan, "IK01");
        post("/api/v1/control-plans/" + plan + "/controls", Map.of("controlId", "K2", "pointId", "IK02",
                "performedOn", "2018-05-20", "performer", "Ekonomistaben", "result", "NO_REMARKS"));

        String page = awaitPage(http, "/control-plans/" + plan + "?asOf=2018-06-30", "Komplettera registreringen");

        assertThat(row(page, "IK01")).contains("<span class=\"light light-deviation_open\">Avvikelse, åtgärd öppen</span>")
                .contains("K1 2018-05-15, Regiondirektörens stab: DEVIATION – Två bisysslor saknas i registret")
                .contains("Komplettera registreringen (efter K1; HR-direktören, senast 2018-09-30");
        assertThat(row(page, "IK02")).contains("<span class=\"light light-done_on_time\">Kontrollerad i tid</span>")
                .contains("2018-05-20, Ekonomistaben: NO_REMARKS");
        assertThat(row(page, "IK03")).contains("<span class=\"light light-not_due\">Ej förfallen</span>");
        assertThat(page).contains("Beslut: <span>RS Dnr 900-2017</span>")
                .contains("href=\"/api/v1/control-plans/" + plan + "/status/export?format=xlsx&amp;asOf=2018-06-30\"");

        String afterYear = awaitPage(http, "/control-plans/" + plan + "?asOf=2019-01-15", "Intern");
        assertThat(row(afterYear, "IK03")).contains("<span class=\"light light-late\">Försenad</span>");
    }

    @Test
    void theDemoPlanFor2018IsLateAtEveryPointOnceTheYearHasPassedWithoutControls() {
        String page = awaitPage(http, "/control-plans/ik-region-2018?asOf=2019-01-15", "Bisysslor");

        assertThat(page.split("<td><span class=\"light light-late\">Försenad</span></td>", -1)).hasSize(18 + 1);
        assertThat(page).contains("<span class=\"light light-late\">Försenad</span></th>\n            <td class=\"number\">18</td>");
        // The seed gives the plan's decision no reference: marked unknown beside the body, no placeholder in its place.
        assertThat(page).contains("Beslut: <span>RS <span class=\"unknown\" title=\"Källan anger inget diarienummer\">"
                + "diarienummer okänt</span></span>").doesNotContain("ej angiv");
    }

    @Test
    void theChainFromARiskAndTheReportAsDeliveredAreReachedFromTheStatusBoard() {
        String plan = "ik-" + UUID.randomUUID().toString().substring(0, 8);
        String risk = "R-" + plan;
        adopt(plan, Map.of("pointId", "IK02", "what", "Bisysslor", "performer", "Regiondirektörens stab",
                "method", "Stickprov", "coversRisks", List.of(risk)), point("IK03", "Representation"));
        deviation(plan, "IK02");
        post("/api/v1/control-plans/" + plan + "/reports", Map.of("reportId", "RS-aug", "reportedOn", "2018-08-31",
                "reportedTo", "Regionstyrelsen"));

        String board = awaitPage(http, "/control-plans/" + plan + "?asOf=2018-08-31", "Komplettera registreringen");
        assertThat(row(board, "IK02")).contains("href=\"/risks/" + risk + "/chain?asOf=2018-08-31\"");
        assertThat(board).contains("href=\"/control-plans/" + plan + "/reports?asOf=2018-08-31\"");

        String chain = awaitPage(http, "/risks/" + risk + "/chain?asOf=2018-08-31", "Komplettera registreringen");
        assertThat(chain).contains("<a href=\"/control-plans/" + plan + "?asOf=2018-08-31\">" + plan + "</a>")
                .contains("<span class=\"light light-deviation_open\">Avvikelse, åtgärd öppen</span>")
                .contains("K1 2018-05-15, Regiondirektörens stab: DEVIATION – Två bisysslor saknas i registret")
                .contains("Komplettera registreringen (efter K1; HR-direktören, senast 2018-09-30, ")
                .doesNotContain("Representation")
                .contains("href=\"/api/v1/risks/" + risk + "/chain/export?format=csv&amp;asOf=2018-08-31\"");

        // A later action done does not change the report as delivered.
        HttpHeaders opened = new HttpHeaders();
        opened.setIfMatch("\"1\"");
        post("/api/v1/control-plans/" + plan + "/actions/A1/status", new HttpEntity<>(Map.of("status", "DONE",
                "changedOn", "2018-09-20", "comment", "Registret komplett"), opened));
        awaitPage(http, "/control-plans/" + plan + "?asOf=2018-10-01", "Kontrollerad i tid</span></td>");
        String reports = awaitPage(http, "/control-plans/" + plan + "/reports", "RS-aug");
        assertThat(reports).contains("<a href=\"/control-plans/" + plan + "/reports/RS-aug\">RS-aug</a>")
                .contains("<td class=\"date\">2018-08-31</td>\n            <td>Regionstyrelsen</td>")
                .contains("<td class=\"number\">2</td>\n            <td class=\"number\">1</td>");
        String report = awaitPage(http, "/control-plans/" + plan + "/reports/RS-aug", "Kontrollpunkterna som rapporten");
        String reported = row(report, "IK02");
        assertThat(reported).contains("<td>2018-05-15</td>").contains("<td>DEVIATION</td>").contains("<li>A1</li>");
        assertThat(row(report, "IK03")).contains("<td>ej kontrollerad</td>");
        assertThat(report).contains("Rapporterad <span>2018-08-31</span> till\n        <span>Regionstyrelsen</span>")
                .containsPattern("registrerad <span>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}</span>\\s+av <span>controller</span>");
    }

    /** Adopts the plan for 2018 by a decision of the board. */
    private void adopt(String plan, Map<?, ?>... points) {
        post("/api/v1/control-plans", Map.of("planId", plan, "board", "RS", "year", 2018, "points", List.of(points),
                "decision", Map.of("body", "RS", "reference", "Dnr 900-2017", "effectiveDate", "2018-01-01")));
    }

    /** Control K1 of the point finds a deviation and opens action A1. */
    private void deviation(String plan, String pointId) {
        post("/api/v1/control-plans/" + plan + "/controls", Map.of("controlId", "K1", "pointId", pointId,
                "performedOn", "2018-05-15", "performer", "Regiondirektörens stab", "result", "DEVIATION",
                "comment", "Två bisysslor saknas i registret", "action", Map.of("actionId", "A1",
                        "what", "Komplettera registreringen", "owner", "HR-direktören", "dueDate", "2018-09-30")));
    }

    private static Map<String, Object> point(String id, String what) {
        return Map.of("pointId", id, "what", what, "performer", "Regiondirektörens stab", "method", "Stickprov");
    }

    /** The HTML of the status row of the control point. */
    private static String row(String page, String pointId) {
        int start = page.indexOf("<td>" + pointId + "</td>");
        assertThat(start).as("point %s", pointId).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private void post(String path, Object body) {
        assertThat(as("controller").postForEntity(path, body, String.class).getStatusCode().is2xxSuccessful())
                .as("POST %s", path).isTrue();
    }
}
