package se.planledger.ops.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One representation per concept in every answer: a period as printed ("DÅ08", never "DA08"), a figure as a JSON
 * number (never a string of digits), a moment as an ISO instant in UTC ("2023-05-15T12:00:00Z"), a date as a date.
 */
class OneRepresentationTest extends PostgresIntegrationTest {

    private static final List<String> ANSWERS = List.of(
            "/api/v1/plans",
            "/api/v1/plans/rs-plan-2023-2025?asOf=2023-03-01",
            "/api/v1/plans/rs-plan-2023-2025/decisions",
            "/api/v1/plans/rs-plan-2023-2025/items/G1.F1.I1/history",
            "/api/v1/framework-tables?asOf=2023-03-01",
            "/api/v1/framework-tables/ekonomisk-ram-2023/history",
            "/api/v1/reconciliation?asOf=2023-03-01",
            "/api/v1/frameworks/recipients?asOf=2023-03-01",
            "/api/v1/financial-outcomes?year=2019&asOf=2019-12-31",
            "/api/v1/risks?asOf=2023-03-01",
            "/api/v1/risks/heatmap?asOf=2023-03-01",
            "/api/v1/control-plans?asOf=2018-12-31",
            "/api/v1/decisions",
            "/api/v1/plans/lsv1-plan-2022/interim-report?year=2022&period=DÅ04&asOf=2022-05-15",
            "/api/v1/plans/region-plan-2019/interim-report?year=2019&period=DÅ08&asOf=2019-12-31");

    private static final Pattern ASCII_PERIOD = Pattern.compile("(?i)(\\d{4} )?(DA0[48]|AR)");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT.*");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z");
    private static final Pattern DIGITS = Pattern.compile("-?\\d+([.,]\\d+)?");

    @Test
    void everyAnswerSpellsPeriodsFiguresAndMomentsOneWay() {
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForObject(ANSWERS.get(8), JsonNode.class),
                body -> body != null && body.size() >= 10);
        List<String> found = new ArrayList<>();
        for (String url : ANSWERS) {
            JsonNode answer = http.getForObject(url, JsonNode.class);
            assertThat(answer).as(url).isNotNull();
            check(url, "", answer, found);
        }
        assertThat(found).isEmpty();
    }

    @Test
    void aPeriodSpelledWithoutSwedishLettersIsReadButAnsweredAsPrinted() {
        String report = "/api/v1/plans/region-plan-2019/interim-report?year=2019&asOf=2019-12-31&period=";
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForObject(report + "DÅ08", JsonNode.class),
                body -> body != null && body.path("period").isTextual());
        JsonNode ascii = http.getForObject(report + "DA08", JsonNode.class);
        JsonNode swedish = http.getForObject(report + "DÅ08", JsonNode.class);
        assertThat(ascii.path("period").asText()).isEqualTo("DÅ08");
        assertThat(ascii.path("perspectives")).isEqualTo(swedish.path("perspectives"));
    }

    @Test
    void exportsSpellPeriodsAsPrinted() {
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForObject(
                "/api/v1/plans/lsv1-plan-2022/units?year=2022&period=DÅ04", JsonNode.class), u -> u != null && u.size() > 0);
        for (String url : List.of("/api/v1/plans/lsv1-plan-2022/outcomes/export?year=2022&period=DA04&format=csv",
                "/api/v1/plans/lsv1-plan-2022/interim-report/export?year=2022&period=DA04&format=csv&asOf=2022-05-15")) {
            byte[] file = http.getForObject(url, byte[].class);
            String text = new String(file, StandardCharsets.UTF_8);
            assertThat(text).as(url).contains("DÅ04").doesNotContain("DA04");
        }
    }

    private static void check(String url, String path, JsonNode node, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> check(url, path + "." + f.getKey(), f.getValue(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(url, path + "[" + i + "]", node.get(i), found);
            }
        } else if (node.isTextual()) {
            String text = node.asText();
            if (ASCII_PERIOD.matcher(text).matches()) {
                found.add(url + " " + path + ": a period spelled " + text);
            }
            if (MOMENT.matcher(text).matches() && !INSTANT.matcher(text).matches()) {
                found.add(url + " " + path + ": a moment spelled " + text);
            }
            // A stated value's text and a row's label are words as printed ("2021", "1,0"), not figures.
            if (DIGITS.matcher(text).matches() && !path.endsWith(".text") && !path.endsWith(".label")) {
                found.add(url + " " + path + ": a number as a string " + text);
            }
        } else if (node.isNumber() && (path.endsWith("At") || path.endsWith("On") || path.endsWith("Date"))) {
            found.add(url + " " + path + ": a moment as a number " + node);
        }
    }
}
