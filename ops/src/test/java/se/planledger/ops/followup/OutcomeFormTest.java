package se.planledger.ops.followup;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.FormSession;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outcome form of the workspace: a planner records an indicator's outcome and corrects it with a reason, as the
 * API would record them; a refused form records nothing and gives back what was entered and why; a reader is offered
 * no form and may not post one.
 */
class OutcomeFormTest extends PostgresIntegrationTest {

    private static final String PLAN = "/plans/rs-plan-2023-2025";
    /** "Andel patienter som får kontakt med hälsocentralen ... samma dag", target 2023 "95 %". */
    private static final String INDICATOR = "G2.F1.I2";

    private final String unit = "Formulärdivision " + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aPlannerRecordsAnOutcomeAndCorrectsItWithItsReasonAndTheReportShowsBoth() {
        FormSession planner = session("planner");
        String empty = planner.page(form());
        assertThat(empty).contains("Registrera utfallet").doesNotContain("Skäl till rättelsen");

        String report = FormSession.location(planner.post(PLAN + "/outcome-form", entry("record", "96", null)));
        assertThat(report).isEqualTo(PLAN + "/interim-report?unit=" + encoded(unit) + "&year=2023&period=D%C3%8508");
        assertThat(planner.page(report)).contains("Utfallet för G2.F1.I2 är registrerat");
        assertThat(awaitRow(planner, report, "96")).contains("Uppnått").doesNotContain("Delvis");

        String correction = planner.page(form());
        assertThat(correction).contains("Ett utfall är redan rapporterat").contains("Skäl till rättelsen (krävs)")
                .contains("value=\"96\"").contains("name=\"revision\" value=\"1\"");
        planner.post(PLAN + "/outcome-form", corrected(entry("correct", "90", "Felaktigt urval i datalagret"), "1"));

        assertThat(awaitRow(planner, report, "90")).contains("Delvis uppnått");
        // A second correction from a page that showed revision 1 is refused: someone corrected it since.
        String back = FormSession.location(planner.post(PLAN + "/outcome-form",
                corrected(entry("correct", "91", "Ytterligare en rättelse"), "1")));
        assertThat(planner.page(back)).contains("Inget registrerades.")
                .contains("Utfallet har ändrats sedan sidan visades").contains("name=\"revision\" value=\"2\"");
        JsonNode versions = http.getForObject("/api/v1" + PLAN + "/outcomes/history?indicatorId=" + INDICATOR + "&unit="
                + unit + "&year=2023&period=DÅ08", JsonNode.class);
        assertThat(versions).extracting(v -> v.path("total").asText() + " " + v.path("recordedBy").asText() + " "
                + v.path("correction").asText()).containsExactly("96 planner ", "90 planner Felaktigt urval i datalagret");
    }

    @Test
    void aRefusedFormRecordsNothingAndGivesBackWhatWasEnteredAndWhy() {
        FormSession planner = session("planner");
        planner.page(form());

        String back = FormSession.location(planner.post(PLAN + "/outcome-form", entry("record", "9,x", null)));
        assertThat(back).startsWith(PLAN + "/outcome-form?indicatorId=G2.F1.I2");
        String refused = planner.page(back);
        assertThat(refused).contains("Inget registrerades.").contains("Utfall totalt:").contains("is no number")
                .contains("name=\"total\" type=\"text\" inputmode=\"decimal\" aria-invalid=\"true\"").contains("value=\"9,x\"");

        planner.post(PLAN + "/outcome-form", entry("correct", "90", "Rättelse av något som aldrig rapporterats"));
        assertThat(planner.page(back)).contains("Inget registrerades.");
        // The unit has no outcome at all, so the history answers it as a unit the report does not have (404).
        ResponseEntity<JsonNode> history = http.getForEntity("/api/v1" + PLAN + "/outcomes/history?indicatorId="
                + INDICATOR + "&unit=" + unit + "&year=2023&period=DÅ08", JsonNode.class);
        assertThat(history.getStatusCode().value()).as("no outcome recorded: %s", history.getBody()).isEqualTo(404);
        assertThat(history.getBody().path("field").asText()).isEqualTo("unit");
    }

    @Test
    void aReaderIsOfferedNoFormAndMayNotPostOne() {
        FormSession reader = session("reader");
        String report = reader.page(PLAN + "/interim-report?year=2023&period=D%C3%8508");
        assertThat(report).doesNotContain("Registrera eller rätta").doesNotContain("Rätta utfallet");

        HttpResponse<String> refused = reader.post(PLAN + "/outcome-form", entry("record", "96", null));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void aFormPostedWithoutTheTokenOfItsPageIsRefused() {
        FormSession planner = session("planner");
        assertThat(planner.post(PLAN + "/outcome-form", entry("record", "96", null)).statusCode()).isEqualTo(403);
    }

    private String form() {
        return PLAN + "/outcome-form?indicatorId=" + INDICATOR + "&unit=" + encoded(unit) + "&year=2023&period=D%C3%8508";
    }

    /** The form's fields with the revision its page showed, as the page sends it back hidden. */
    private static Map<String, String> corrected(Map<String, String> fields, String revision) {
        fields.put("revision", revision);
        return fields;
    }

    private Map<String, String> entry(String mode, String total, String reason) {

        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("mode", mode, "indicatorId", INDICATOR,
                "unit", unit, "year", "2023", "period", "DÅ08", "total", total, "source", "Datalager"));
        if (reason != null) {
            fields.put("reason", reason);
        }
        return fields;
    }

    /** The indicator's row on the report once it shows {@code total}. */
    private static String awaitRow(FormSession session, String report, String total) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            String page = session.page(report);
            int start = page.indexOf("<tr id=\"" + INDICATOR + "\">");
            return page.substring(start, page.indexOf("</tr>", start));
        }, row -> row.contains("<td class=\"number\">" + total + "</td>"));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
