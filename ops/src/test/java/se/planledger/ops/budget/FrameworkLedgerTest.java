package se.planledger.ops.budget;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.ops.support.KnownAt;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The finance ledger on PostgreSQL: the seed's tables reconciled, a revision as of and as known, exports. */
public class FrameworkLedgerTest extends PostgresIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theReconciliationOfTheDemoTablesListsExactlyTheSevenCasesOfSeed000() {
        JsonNode tables = await().atMost(Duration.ofSeconds(60)).until(
                () -> http.getForObject("/api/v1/reconciliation?asOf=2023-03-01", JsonNode.class),
                body -> body.size() >= 2);
        List<String> cases = new ArrayList<>();
        List<String> demoTables = List.of("regionbidrag-rs-2023-2025", "ekonomisk-ram-2023", "investeringsramar-2023");
        tables.forEach(t -> t.path("residuals").forEach(r -> {
            if (demoTables.contains(t.path("tableId").asText())) {
                cases.add(t.path("figures").path("title").asText() + " | "
                        + r.path("check").asText() + " | " + r.path("label").asText() + " | " + r.path("residual").decimalValue()
                        .stripTrailingZeros().toPlainString() + " | " + r.path("verdict").asText());
            }
        }));

        assertThat(cases).containsExactlyInAnyOrder(
                "Förändringar i regionbidraget till Regionstyrelsen | ROW | 2023 | -0.1 | ROUNDING",
                "Ekonomisk ram 2022, mnkr | ROW | Vårdval barn- och ungdomstandvård | 0.1 | ROUNDING",
                "Ekonomisk ram 2022, mnkr | ROW | Styrelsen för vidare fördelning | 22.5 | MISMATCH",
                "Ekonomisk ram 2022, mnkr | ROW | Totalt | -0.1 | ROUNDING",
                "Ekonomisk ram 2022, mnkr | COLUMN | Ram 2021 | 37.1 | MISMATCH",
                "Ekonomisk ram 2022, mnkr | COLUMN | Löne- & prisindex | 0.1 | ROUNDING",
                "Ekonomisk ram 2022, mnkr | COLUMN | Utökning | -14.5 | MISMATCH");
    }

    @Test
    void financeAsksForVardvalPrimarvardsFrameFor2023InOneRequest() {
        JsonNode answer = await().atMost(Duration.ofSeconds(60)).until(() -> http.getForEntity(
                "/api/v1/frameworks?recipient=Vårdval primärvård&year=2023&asOf=2023-03-01", JsonNode.class),
                r -> r.getStatusCode().is2xxSuccessful()).getBody();

        assertThat(answer).filteredOn(frame -> frame.path("tableId").asText().equals("ekonomisk-ram-2023"))
                .singleElement().satisfies(frame -> {
            assertThat(frame.path("closing").decimalValue()).isEqualByComparingTo("1311.3");
            assertThat(frame.path("closingKronor").decimalValue()).isEqualByComparingTo("1311300000");
            assertThat(frame.path("closingText").asText()).isEqualTo("1 311,3 mnkr");
            assertThat(frame.path("stated").path("Löne- & prisindex").decimalValue()).isEqualByComparingTo("61.6");
            assertThat(frame.path("changes")).singleElement().satisfies(change ->
                    assertThat(change.path("reference").asText()).isEqualTo("Dnr 1043-2022"));
        });
    }

    @Test
    void aRevisionShowsFromItsEffectiveDateAndOnlyOnceRecorded() {
        String tableId = "test-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/v1/framework-tables", Map.of("tableId", tableId, "figures", figures("87.8"),
                "decision", Map.of("body", "RS", "reference", "Dnr 1043-2022", "effectiveDate", "2023-01-01")), HttpStatus.CREATED);
        awaitClosing(tableId, "2023-03-01", null, "87.8");
        Instant beforeAdjustment = KnownAt.betweenRecords();
        ResponseEntity<JsonNode> adjusted = exchange(HttpMethod.PUT, "/api/v1/framework-tables/" + tableId,
                Map.of("figures", figures("88.0"), "decision", Map.of("body", "RS", "reference", "Dnr 2001-2022",
                        "decisionDate", "2023-03-10", "effectiveDate", "2023-04-01")), "\"1\"");
        assertThat(adjusted.getStatusCode()).isEqualTo(HttpStatus.OK);

        awaitClosing(tableId, "2023-05-01", null, "88.0");
        assertThat(closing(tableId, "2023-03-01", null)).isEqualTo("87.8");
        assertThat(closing(tableId, "2023-05-01", beforeAdjustment.toString())).isEqualTo("87.8");

        JsonNode frame = http.getForObject("/api/v1/frameworks?recipient=Vårdval barn- och ungdomstandvård&asOf=2023-05-01",
                JsonNode.class);
        JsonNode mine = null;
        for (JsonNode f : frame) {
            if (f.path("tableId").asText().equals(tableId)) {
                mine = f;
            }
        }
        assertThat(mine.path("changes")).hasSize(2);
        JsonNode change = mine.path("changes").get(1);
        assertThat(change.path("before").path("Ram 2022").decimalValue()).isEqualByComparingTo("87.8");
        assertThat(change.path("after").path("Ram 2022").decimalValue()).isEqualByComparingTo("88.0");
        assertThat(change.path("reference").asText()).isEqualTo("Dnr 2001-2022");
        assertThat(change.path("recordedBy").asText()).isEqualTo("controller");

        JsonNode history = http.getForObject("/api/v1/framework-tables/" + tableId + "/history", JsonNode.class);
        assertThat(history.get(1).path("changes")).extracting(c -> c.path("path").asText())
                .containsExactly("rows[0].amounts[2]");
        JsonNode diff = http.getForObject("/api/v1/framework-tables/diff?fromAsOf=2023-03-01&toAsOf=2023-05-01", JsonNode.class);
        assertThat(diff).anySatisfy(d -> assertThat(d.path("tableId").asText()).isEqualTo(tableId));
    }

    @Test
    void aFrameworkBelowZeroIsRefusedWithItsFiguresAndWritesNothing() {
        String tableId = "neg-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<JsonNode> refused = exchange(HttpMethod.POST, "/api/v1/framework-tables", Map.of("tableId", tableId,
                "figures", figures("-1.0"), "decision", Map.of("body", "RS", "reference", "Dnr 1043-2022",
                        "effectiveDate", "2023-01-01")), null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().path("rule").asText()).isEqualTo("framework-not-below-zero");
        assertThat(refused.getBody().path("figures").path("closing").decimalValue()).isEqualByComparingTo("-1.0");
        assertThat(refused.getBody().path("field").asText()).isEqualTo("figures.rows[0].amounts[2]");
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class,
                tableId)).isZero();
    }

    @Test
    void theTablesAndTheReconciliationExportAsXlsxAndCsvWithTheirDecision() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> http.getForEntity(
                "/api/v1/framework-tables/ekonomisk-ram-2023?asOf=2023-03-01", JsonNode.class).getStatusCode().is2xxSuccessful());

        byte[] xlsx = http.getForObject("/api/v1/framework-tables/ekonomisk-ram-2023/export?format=xlsx&asOf=2023-03-01",
                byte[].class);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ekonomisk ram 2022, mnkr");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("RS");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Dnr 1043-2022");
            assertThat(sheet.getRow(1).getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2023-01-01");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("demo-data");
            assertThat(sheet.getRow(3).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2023-03-01");
            assertThat(sheet.getRow(6).getCell(6).getStringCellValue()).isEqualTo("Ram 2022");
            assertThat(workbook.getFontAt(sheet.getRow(6).getCell(6).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 7);
            assertThat(sheet.getRow(7).getCell(0).getStringCellValue()).isEqualTo("Vårdval primärvård");
            assertThat(sheet.getRow(7).getCell(6).getNumericCellValue()).isEqualTo(1311.3);
            assertThat(sheet.getRow(7).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(sheet.getRow(10).getCell(1).getNumericCellValue()).isEqualTo(8675.0);
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(4));
        }
        byte[] csv = http.getForObject("/api/v1/framework-tables/ekonomisk-ram-2023/export?format=csv&asOf=2023-03-01",
                byte[].class);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8).lines().toList())
                .contains("Vårdval primärvård;1223,0;61,6;0;0;26,7;1311,3");

        byte[] report = http.getForObject("/api/v1/reconciliation/export?format=xlsx&asOf=2023-03-01", byte[].class);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> labels = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                String table = sheet.getRow(r).getCell(0).getStringCellValue();
                if (table.equals("ekonomisk-ram-2023") || table.equals("regionbidrag-rs-2023-2025")) {
                    labels.add(sheet.getRow(r).getCell(5).getStringCellValue() + "=" + sheet.getRow(r).getCell(12).getStringCellValue());
                }
            }
            assertThat(labels).containsExactlyInAnyOrder("2023=avrundningsdifferens",
                    "Vårdval barn- och ungdomstandvård=avrundningsdifferens", "Styrelsen för vidare fördelning=avvikelse",
                    "Totalt=avrundningsdifferens", "Ram 2021=avvikelse", "Löne- & prisindex=avrundningsdifferens",
                    "Utökning=avvikelse");
        }
    }

    public static final String SEED_LAYOUT_CSV = """
            Enhet;Ram 2021;Löne- & prisindex;Utökning;Neddragning;Omfördelning;Ram 2022
            Vårdval primärvård;1 223,0;61,6;0;0;26,7;1311,3
            Vårdval barn- och ungdomstandvård;85,5;2,4;0;0;0,01;87,8
            Styrelsen för vidare fördelning;7 403,6;499,0;0;0;0,2;7880,3
            Totalt;8675,0;562,9;14,5;0;26,9;9279,4
            """;

    @Test
    void aTableFileInTheSeedsLayoutIsImportedAsOneDecision() {
        String tableId = "import-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<JsonNode> imported = importCsv(tableId, SEED_LAYOUT_CSV);

        assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(imported.getBody().path("rows").asInt()).isEqualTo(4);
        JsonNode table = await().atMost(Duration.ofSeconds(30)).until(() -> http.getForEntity(
                "/api/v1/framework-tables/" + tableId + "?asOf=2023-03-01", JsonNode.class),
                r -> r.getStatusCode().is2xxSuccessful()).getBody();
        assertThat(table.path("reference").asText()).isEqualTo("Dnr 1043-2022");
        assertThat(table.path("figures").path("columns").get(0).path("role").asText()).isEqualTo("OPENING");
        assertThat(table.path("figures").path("columns").get(5).path("role").asText()).isEqualTo("CLOSING");
        assertThat(table.path("figures").path("rows").get(3).path("total").asBoolean()).isTrue();
        assertThat(table.path("residuals")).hasSize(6);
    }

    @Test
    void aFileWithBadCellsIsRefusedCellByCellAndRecordsNothing() {
        String tableId = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        String bad = SEED_LAYOUT_CSV.replace("61,6", "61,6 mnkr").replace("7880,3", "sju tusen");

        ResponseEntity<JsonNode> refused = importCsv(tableId, bad);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("errors")).hasSize(2);
        assertThat(refused.getBody().path("errors").get(0).path("row").asInt()).isEqualTo(2);
        assertThat(refused.getBody().path("errors").get(0).path("column").asText()).isEqualTo("Löne- & prisindex");
        assertThat(refused.getBody().path("errors").get(1).path("row").asInt()).isEqualTo(4);
        assertThat(refused.getBody().path("errors").get(1).path("column").asText()).isEqualTo("Ram 2022");
        assertThat(refused.getBody().path("errors").get(1).path("value").asText()).isEqualTo("sju tusen");
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?", Long.class,
                tableId)).isZero();
    }

    @Test
    void anXlsxFileIsImportedLikeACsvFileToldByItsContent() throws Exception {
        String tableId = "xlsx-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] xlsx;
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Ram");
            List<String> lines = SEED_LAYOUT_CSV.lines().toList();
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(";");
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    if (r > 0 && c > 0) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c].replace(" ", "").replace(',', '.')));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        ResponseEntity<JsonNode> imported = as("controller").exchange("/api/v1/framework-tables/" + tableId
                        + "/import?title=Ekonomisk ram 2022, mnkr&year=2023&body=RS&reference=Dnr 1043-2022"
                        + "&effectiveDate=2023-01-01", HttpMethod.POST, new HttpEntity<>(xlsx, headers), JsonNode.class);

        assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode table = await().atMost(Duration.ofSeconds(30)).until(() -> http.getForEntity(
                "/api/v1/framework-tables/" + tableId + "?asOf=2023-03-01", JsonNode.class),
                r -> r.getStatusCode().is2xxSuccessful()).getBody();
        assertThat(table.path("figures").path("rows").get(1).path("amounts").get(4).decimalValue()).isEqualByComparingTo("0.01");
        assertThat(table.path("undistributed").decimalValue()).isEqualByComparingTo("0");
        assertThat(table.path("residuals")).hasSize(6);
    }

    @Test
    void aCsvSavedBySwedishExcelInWindows1252IsImportedWithItsSwedishLetters() {
        String tableId = "cp1252-" + UUID.randomUUID().toString().substring(0, 8);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));

        ResponseEntity<JsonNode> imported = as("controller").exchange("/api/v1/framework-tables/" + tableId
                        + "/import?title=Ekonomisk ram 2022, mnkr&year=2023&body=RS&reference=Dnr 1043-2022"
                        + "&effectiveDate=2023-01-01", HttpMethod.POST,
                new HttpEntity<>(SEED_LAYOUT_CSV.getBytes(Charset.forName("windows-1252")), headers), JsonNode.class);

        assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode table = await().atMost(Duration.ofSeconds(30)).until(() -> http.getForEntity(
                "/api/v1/framework-tables/" + tableId + "?asOf=2023-03-01", JsonNode.class),
                r -> r.getStatusCode().is2xxSuccessful()).getBody();
        assertThat(table.path("figures").path("rows").get(0).path("label").asText()).isEqualTo("Vårdval primärvård");
        assertThat(table.path("figures").path("columns").get(1).path("name").asText()).isEqualTo("Löne- & prisindex");
    }

    private ResponseEntity<JsonNode> importCsv(String tableId, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return as("controller").exchange("/api/v1/framework-tables/" + tableId + "/import?format=csv&title=Ekonomisk ram 2022, mnkr"
                        + "&year=2023&body=RS&reference=Dnr 1043-2022&effectiveDate=2023-01-01", HttpMethod.POST,
                new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), JsonNode.class);
    }

    public static Map<String, Object> figures(String closing) {
        return Map.of("title", "Testram", "amountUnit", "mnkr", "decimals", 1, "year", 2023,
                "columns", List.of(Map.of("name", "Ram 2021", "role", "OPENING"),
                        Map.of("name", "Löne- & prisindex", "role", "COMPONENT"),
                        Map.of("name", "Ram 2022", "role", "CLOSING")),
                "rows", List.of(Map.of("label", "Vårdval barn- och ungdomstandvård", "total", false,
                        "amounts", Arrays.asList("85.5", closing.equals("-1.0") ? "-86.5" : "2.3", closing))));
    }

    private void awaitClosing(String tableId, String asOf, String knownAt, String expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(closing(tableId, asOf, knownAt)).isEqualTo(expected));
    }

    private String closing(String tableId, String asOf, String knownAt) {
        ResponseEntity<JsonNode> table = http.getForEntity("/api/v1/framework-tables/" + tableId + "?asOf=" + asOf
                + (knownAt == null ? "" : "&knownAt=" + knownAt), JsonNode.class);
        return table.getStatusCode().is2xxSuccessful()
                ? table.getBody().path("figures").path("rows").get(0).path("amounts").get(2).decimalValue().toPlainString() : null;
    }

    private void post(String path, Object body, HttpStatus expected) {
        ResponseEntity<JsonNode> response = exchange(HttpMethod.POST, path, body, null);
        assertThat(response.getStatusCode()).as("POST %s: %s", path, response.getBody()).isEqualTo(expected);
    }

    private ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        return as("controller").exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
