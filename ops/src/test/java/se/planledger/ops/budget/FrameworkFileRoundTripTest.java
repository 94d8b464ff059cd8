package se.planledger.ops.budget;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A framework table exported as CSV or XLSX and imported again is the same table, figure for figure. */
class FrameworkFileRoundTripTest extends PostgresIntegrationTest {

    private static final List<String> DEMO_TABLES = List.of("regionbidrag-rs-2023-2025", "ekonomisk-ram-2023",
            "investeringsramar-2023", "vardval-ersattning-2023");

    @Test
    void everyDemoTableExportedAsCsvImportsAsTheSameTable() {
        for (String tableId : DEMO_TABLES) {
            JsonNode table = table(tableId);
            ResponseEntity<byte[]> csv = export(tableId, "csv");

            assertThat(figures(reimport(table, csv))).as(tableId).isEqualTo(figures(table));
        }
    }

    @Test
    void everyDemoTableExportedAsXlsxImportsAsTheSameTable() {
        for (String tableId : DEMO_TABLES) {
            JsonNode table = table(tableId);
            ResponseEntity<byte[]> xlsx = export(tableId, "xlsx");

            assertThat(figures(reimport(table, xlsx))).as(tableId).isEqualTo(figures(table));
        }
    }

    @Test
    void aLabelAWorkbookWouldRunIsNeutralisedInBothExportsAndImportedBackAsWritten() throws Exception {
        String tableId = "formel-" + UUID.randomUUID().toString().substring(0, 8);
        String label = "=HYPERLINK(\"http://example.com\";\"Vårdval\")";
        ResponseEntity<JsonNode> decided = as("controller").postForEntity("/api/v1/framework-tables", Map.of(
                "tableId", tableId, "figures", Map.of("title", "-Testram", "amountUnit", "mnkr", "decimals", 1,
                        "year", 2023, "columns", List.of(Map.of("name", "Ram 2022", "role", "OPENING"),
                                Map.of("name", "Neddragning", "role", "COMPONENT"), Map.of("name", "Ram 2023", "role", "CLOSING")),
                        "rows", List.of(Map.of("label", label, "total", false, "amounts", List.of("20.0", "-12.5", "7.5")))),
                "decision", Map.of("body", "RS", "reference", "Dnr 1043-2022", "effectiveDate", "2023-01-01")), JsonNode.class);
        assertThat(decided.getStatusCode()).as("%s", decided.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode table = table(tableId);

        ResponseEntity<byte[]> csv = export(tableId, "csv");
        assertThat(new String(csv.getBody(), StandardCharsets.UTF_8).lines().toList())
                .contains("\uFEFF'-Testram", "\"'=HYPERLINK(\"\"http://example.com\"\";\"\"Vårdval\"\")\";20,0;-12,5;7,5");
        ResponseEntity<byte[]> xlsx = export(tableId, "xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("'" + label);
            assertThat(sheet.getRow(7).getCell(2).getNumericCellValue()).isEqualTo(-12.5);
        }

        assertThat(reimport(table, csv).path("figures").path("rows").get(0).path("label").asText()).isEqualTo(label);
        assertThat(figures(reimport(table, xlsx))).isEqualTo(figures(table));
    }

    @Test
    void theExportNamesTheDecisionWhoRecordedItAndTheTimePoint() {
        String csv = new String(export("ekonomisk-ram-2023", "csv").getBody(), StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).startsWith("\uFEFFEkonomisk ram 2022, mnkr",
                "Beslut;RS;diarienummer;Dnr 1043-2022;beslutsdatum;;gäller från;2023-01-01;version;1");
        assertThat(csv.lines().toList().get(2)).startsWith("Registrerad av;demo-data;registrerad;20");
        assertThat(csv.lines().toList().get(3)).startsWith("Per;2023-03-01;känt;20")
                .endsWith(";belopp i;mnkr;decimaler;1;år;2023");
        assertThat(csv.lines().toList().get(5)).isEqualTo(
                "Kolumnroll;föregående ram;delbelopp;delbelopp;delbelopp;delbelopp;årets ram");
    }

    /** The table imported under a new id with the original's title, unit, precision and year, as read back. */
    private JsonNode reimport(JsonNode table, ResponseEntity<byte[]> file) {
        String copy = "kopia-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode figures = table.path("figures");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(file.getHeaders().getContentType());
        ResponseEntity<JsonNode> imported = as("controller").exchange("/api/v1/framework-tables/" + copy
                        + "/import?title={title}&amountUnit={unit}&decimals={decimals}&year={year}&body=RS"
                        + "&reference=Dnr 1043-2022&effectiveDate=2023-01-01", HttpMethod.POST,
                new HttpEntity<>(file.getBody(), headers), JsonNode.class, figures.path("title").asText(),
                figures.path("amountUnit").asText(), figures.path("decimals").asInt(), figures.path("year").asInt());
        assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.CREATED);
        return table(copy);
    }

    private ResponseEntity<byte[]> export(String tableId, String format) {
        ResponseEntity<byte[]> file = http.getForEntity("/api/v1/framework-tables/" + tableId + "/export?format=" + format
                + "&asOf=2023-03-01", byte[].class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        return file;
    }

    private JsonNode table(String tableId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> http.getForEntity(
                "/api/v1/framework-tables/" + tableId + "?asOf=2023-03-01", JsonNode.class),
                r -> r.getStatusCode().is2xxSuccessful()).getBody();
    }

    /** The figures as JSON text: every amount with the decimals it was stated with (88.0 is not 88). */
    private static String figures(JsonNode table) {
        return table.path("figures").toString();
    }
}
