package se.planledger.ops.control;

import org.junit.jupiter.api.Test;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.support.Pages.awaitPage;

/** The internal-control status board: a traffic light per control point, as it stood at asOf. */
class ControlPagesTest extends PostgresIntegrationTest {

    @Test
    void eachPointShowsTheLightOfWhatWasControlledAndWhatIsOpen() {
        String plan = "ik-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/v1/control-plans", Map.of("planId", plan, "board", "RS", "year", 2018,
                "points", List.of(point("IK01", "Bisysslor"), point("IK02", "Attestregler"), point("IK03", "Representation")),
                "decision", Map.of("body", "RS", "reference", "Dnr 900-2017", "effectiveDate", "2018-01-01")));
        post("/api/v1/control-plans/" + plan + "/controls", Map.of("controlId", "K1", "pointId", "IK01",
                "performedOn", "2018-05-15", "performer", "Regiondirektörens stab", "result", "DEVIATION",
                "comment", "Två bisysslor saknas i registret", "action", Map.of("actionId", "A1",
                        "what", "Komplettera registreringen", "owner", "HR-direktören", "dueDate", "2018-09-30")));
        post("/api/v1/control-plans/" + plan + "/controls", Map.of("controlId", "K2", "pointId", "IK02",
                "performedOn", "2018-05-20", "performer", "Ekonomistaben", "result", "NO_REMARKS"));

        String page = awaitPage(http, "/control-plans/" + plan + "?asOf=2018-06-30", "Komplettera registreringen");

        assertThat(row(page, "IK01")).contains("<span class=\"light light-deviation_open\">Avvikelse, åtgärd öppen</span>")
                .contains("Komplettera registreringen (HR-direktören, senast 2018-09-30");
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
