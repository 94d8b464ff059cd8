package se.planledger.ops.followup;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Outcomes exported as CSV and imported again are the same outcomes. */
class OutcomeFileRoundTripTest extends PostgresIntegrationTest {

    private static final String PLAN = "/api/v1/plans/rs-plan-2023-2025";

    @Test
    void outcomesExportedAsCsvImportAsTheSameOutcomes() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String first = "Rundresa " + suffix;
        String second = "Återresa " + suffix;
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForEntity(PLAN + "?asOf=2023-03-01", JsonNode.class)
                .getStatusCode().is2xxSuccessful());
        // A file of the layout before the note column, one line with a note after its source.
        assertThat(importCsv(("period;unit;indicator;column;value;source\n"
                + "2023 DÅ08;" + first + ";G1.F1.I1;K;2 600;Datalager\n"
                + "2023 DÅ08;" + first + ";G1.F1.I1;M;2 700;Datalager\n"
                + "2023 DÅ08;" + first + ";G3.F5.I1;T;36,5;\"Markörbaserad journalgranskning; MJG\"\n"
                + "2023 DÅ08;" + first + ";G2.F1.I2;T;81,5;Datalager;Löptexten anger 82 procent\n")
                .getBytes(StandardCharsets.UTF_8)).getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> exported = awaitLinesOf(first, 4);

        // The export, its other units' lines left out, imported as another unit's outcomes.
        String file = exportCsv().lines().filter(line -> !line.startsWith("2023 DÅ08;") || line.contains(";" + first + ";"))
                .map(line -> line.replace(first, second)).collect(Collectors.joining("\r\n"));
        ResponseEntity<JsonNode> imported = importCsv(file.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody().path("outcomes").asInt()).isEqualTo(3);
        assertThat(awaitLinesOf(second, 4)).extracting(line -> line.replace(second, first)).isEqualTo(exported);
        assertThat(exported).containsExactly(
                "2023 DÅ08;" + first + ";G1.F1.I1;K;2600;Datalager;",
                "2023 DÅ08;" + first + ";G1.F1.I1;M;2700;Datalager;",
                "2023 DÅ08;" + first + ";G2.F1.I2;T;81,5;Datalager;Löptexten anger 82 procent",
                "2023 DÅ08;" + first + ";G3.F5.I1;T;36,5;\"Markörbaserad journalgranskning; MJG\";");
        assertThat(exportCsv()).contains("period;unit;indicator;column;value;source;note");
    }

    private List<String> awaitLinesOf(String unit, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> exportCsv().lines()
                .filter(line -> line.contains(";" + unit + ";")).toList(), lines -> lines.size() == count);
    }

    private String exportCsv() {
        byte[] csv = http.getForObject(PLAN + "/outcomes/export?format=csv&year=2023&period=DÅ08", byte[].class);
        return new String(csv, StandardCharsets.UTF_8);
    }

    private ResponseEntity<JsonNode> importCsv(byte[] csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return writer().exchange(PLAN + "/outcomes/import", HttpMethod.POST, new HttpEntity<>(csv, headers), JsonNode.class);
    }
}
