package se.planledger.ops.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import se.planledger.ops.support.DemoUsers;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.budget.FrameworkLedgerTest.SEED_LAYOUT_CSV;

/**
 * A bad or oversized import file gets a 400 or 413 problem naming where it is wrong, never a 500, and the event
 * store holds not one event more.
 */
class FileImportRefusalTest extends PostgresIntegrationTest {

    private static final String OUTCOME_HEADER = "period;unit;indicator;column;value;source\n";
    private static final String OUTCOME_LINE = "2023 DÅ08;Avvisningsdivision;G3.F5.I1;T;36;Datalager\n";
    private static final int FIVE_MB = 5 * 1024 * 1024;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void aTableRowWithTooFewFieldsIsRefusedNamingItsRow() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () -> importTableCsv(
                SEED_LAYOUT_CSV.replace("85,5;2,4;0;0;0,01;87,8", "85,5;2,4")));

        assertThat(problem.path("errors")).hasSize(1);
        assertThat(problem.path("errors").get(0).path("row").asInt()).isEqualTo(3);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("line");
        assertThat(problem.path("errors").get(0).path("reason").asText()).contains("has 3 field(s); the header has 7");
    }

    @Test
    void aTableRowWithAnUnterminatedQuoteIsRefusedNamingItsRow() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () -> importTableCsv(
                SEED_LAYOUT_CSV.replace("Styrelsen för vidare fördelning", "\"Styrelsen för vidare fördelning")));

        assertThat(problem.path("errors").get(0).path("row").asInt()).isEqualTo(4);
        assertThat(problem.path("errors").get(0).path("reason").asText()).startsWith("line 4, column 1: ")
                .contains("never closed");
    }

    @Test
    void tableFiguresTooLargeOrTooFineAreRefusedNamingRowAndColumn() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () -> importTableCsv(SEED_LAYOUT_CSV
                .replace("1311,3", "1e400").replace("87,8", "99999999999999999999999").replace("499,0", "499,1234567")));

        assertThat(problem.path("errors")).extracting(e -> e.path("row").asInt() + ":" + e.path("column").asText())
                .containsExactly("2:Ram 2022", "3:Ram 2022", "4:Löne- & prisindex");
        assertThat(problem.path("errors").get(0).path("reason").asText()).contains("not a number");
        assertThat(problem.path("errors").get(1).path("reason").asText()).contains("23 digits before the decimal point");
        assertThat(problem.path("errors").get(2).path("reason").asText()).contains("7 decimals");
    }

    @Test
    void aTableFileWhoseEncodingCannotBeToldIsRefusedNamingLineAndColumn() {
        // UTF-8 throughout, but for one "ö" as Windows-1252 writes it (0xF6): a file pieced together, not to be guessed at.
        int at = SEED_LAYOUT_CSV.indexOf("Styrelsen f") + "Styrelsen f".length();
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.writeBytes(SEED_LAYOUT_CSV.substring(0, at).getBytes(StandardCharsets.UTF_8));
        mixed.write(0xF6);
        mixed.writeBytes(SEED_LAYOUT_CSV.substring(at + 1).getBytes(StandardCharsets.UTF_8));

        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () -> importTable("csv", mixed.toByteArray()));

        assertThat(problem.path("field").asText()).isEqualTo("file");
        assertThat(problem.path("line").asInt()).isEqualTo(4);
        assertThat(problem.path("column").asInt()).isEqualTo(12);
        assertThat(problem.path("detail").asText()).contains("line 4, column 12", "0xF6", "CSV UTF-8");
    }

    @Test
    void aFileAnnouncedAsXlsxThatIsNoWorkbookIsRefused() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () -> importTable("xlsx",
                SEED_LAYOUT_CSV.getBytes(StandardCharsets.UTF_8)));

        assertThat(problem.path("field").asText()).isEqualTo("file");
        assertThat(problem.path("detail").asText()).contains("no XLSX workbook");
    }

    @Test
    void anOutcomeFileInUtf16IsRefusedNamingLineAndColumn() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        byte[] utf16 = (OUTCOME_HEADER + OUTCOME_LINE).getBytes(StandardCharsets.UTF_16);

        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () -> writer().exchange(
                "/api/v1/plans/rs-plan-2023-2025/outcomes/import", HttpMethod.POST, new HttpEntity<>(utf16, headers),
                JsonNode.class));

        assertThat(problem.path("line").asInt()).isEqualTo(1);
        assertThat(problem.path("column").asInt()).isEqualTo(1);
        assertThat(problem.path("detail").asText()).contains("UTF-16");
    }

    @Test
    void anOutcomeLineWithTooFewFieldsIsRefusedNamingItsRow() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () -> importOutcomes(
                OUTCOME_HEADER + OUTCOME_LINE + "2023 DÅ08;Avvisningsdivision;G1.F1.I1;K\n"));

        assertThat(problem.path("errors")).extracting(e -> e.path("row").asInt() + ":" + e.path("field").asText())
                .containsExactly("3:line");
        assertThat(problem.path("errors").get(0).path("reason").asText()).contains("has 4 field(s)");
    }

    @Test
    void anOutcomeLineWithAnUnterminatedQuoteIsRefusedNamingItsRow() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () -> importOutcomes(
                OUTCOME_HEADER + OUTCOME_LINE + OUTCOME_LINE.replace("Datalager", "\"Datalager") + OUTCOME_LINE));

        assertThat(problem.path("errors")).extracting(e -> e.path("row").asInt() + ":" + e.path("field").asText())
                .containsExactly("3:line");
        assertThat(problem.path("errors").get(0).path("reason").asText()).startsWith("line 3, column 6: ");
    }

    @Test
    void linesOfOneOutcomeGivingTwoDifferentNotesAreRefusedNamingTheNote() {
        String women = "2023 DÅ08;Avvisningsdivision;G1.F1.I1;K;2600;Datalager;Löptexten anger 2 605\n";
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () -> importOutcomes(OUTCOME_HEADER + women
                + women.replace(";K;2600;", ";M;2700;").replace("2 605", "2 705")));

        assertThat(problem.path("errors")).extracting(e -> e.path("row").asInt() + ":" + e.path("field").asText())
                .containsExactly("3:note");
    }

    @Test
    void outcomesTooLargeOrTooFineAreRefusedNamingRowAndField() {
        JsonNode problem = refused(HttpStatus.BAD_REQUEST, () -> importOutcomes(OUTCOME_HEADER + OUTCOME_LINE
                + OUTCOME_LINE.replace(";36;", ";99999999999999999999999;") + OUTCOME_LINE.replace(";36;", ";1e400;")
                + OUTCOME_LINE.replace(";36;", ";36,1234567;")));

        assertThat(problem.path("errors")).extracting(e -> e.path("row").asInt() + ":" + e.path("field").asText())
                .containsExactly("3:value", "4:value", "5:value");
        assertThat(problem.path("errors").get(0).path("reason").asText()).contains("digits before the decimal point");
        assertThat(problem.path("errors").get(1).path("reason").asText()).contains("not a number");
        assertThat(problem.path("errors").get(2).path("reason").asText()).contains("decimals");
    }

    @Test
    void anOutcomeFileOfMoreThanTenThousandRowsIsTooLarge() {
        String file = OUTCOME_HEADER + OUTCOME_LINE.repeat(10_001);

        JsonNode problem = refused(HttpStatus.PAYLOAD_TOO_LARGE, () -> importOutcomes(file));

        assertThat(problem.path("detail").asText()).contains("more than 10000 rows");
    }

    @Test
    void aTableWorkbookOfMoreThanTenThousandRowsIsTooLarge() throws Exception {
        byte[] xlsx;
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Ram");
            sheet.createRow(0).createCell(0).setCellValue("Enhet");
            for (int r = 1; r <= 10_001; r++) {
                sheet.createRow(r).createCell(0).setCellValue("Enhet " + r);
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        JsonNode problem = refused(HttpStatus.PAYLOAD_TOO_LARGE, () -> importTable("xlsx", xlsx));

        assertThat(problem.path("detail").asText()).contains("more than 10000 rows");
    }

    @Test
    void aFileBodyOverFiveMegabytesIsTooLarge() {
        byte[] file = (SEED_LAYOUT_CSV + " ".repeat(FIVE_MB)).getBytes(StandardCharsets.UTF_8);

        JsonNode problem = refused(HttpStatus.PAYLOAD_TOO_LARGE, () -> importTable("csv", file));

        assertThat(problem.path("detail").asText()).contains("larger than 5242880 bytes");
    }

    @Test
    void aChunkedFileBodyOverFiveMegabytesIsCountedAndTooLarge() throws Exception {
        long events = events();

        assertTooLarge(postChunked(tableImportPath("csv"), new byte[FIVE_MB + 1], null));

        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aRepeatedChunkedBodyOverFiveMegabytesIsTooLargeAgain() throws Exception {
        // The repeat is read by the idempotency check (to compare it with the first) before any controller.
        String path = tableImportPath("csv");
        String key = UUID.randomUUID().toString();
        long events = events();

        assertTooLarge(postChunked(path, new byte[FIVE_MB + 1], key));
        assertTooLarge(postChunked(path, new byte[FIVE_MB + 1], key));

        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aJsonBodyOverOneMegabyteIsTooLarge() {
        Map<String, Object> outcome = Map.of("indicatorId", "G3.F5.I1", "year", 2023, "period", "DÅ08",
                "values", Map.of("total", "36"), "source", "x".repeat(1024 * 1024));

        JsonNode problem = refused(HttpStatus.PAYLOAD_TOO_LARGE, () -> writer().postForEntity(
                "/api/v1/plans/rs-plan-2023-2025/outcomes", outcome, JsonNode.class));

        assertThat(problem.path("detail").asText()).contains("larger than 1048576 bytes");
    }

    /** Sends the request, asserts its problem document, and that no event was recorded meanwhile. */
    private JsonNode refused(HttpStatus status, Supplier<ResponseEntity<JsonNode>> request) {
        long events = events();

        ResponseEntity<JsonNode> response = request.get();

        assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        assertThat(response.getBody().path("title").asText()).isNotBlank();
        assertThat(response.getBody().path("detail").asText()).isNotBlank();
        if (status == HttpStatus.PAYLOAD_TOO_LARGE) {
            assertThat(response.getBody().path("field").asText()).isEqualTo("body");
        }
        assertThat(events()).isEqualTo(events);
        return response.getBody();
    }

    /** A client streaming from an input stream of unknown length sends the body in chunks, with no Content-Length. */
    private HttpResponse<String> postChunked(String path, byte[] body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .header("Content-Type", "text/csv")
                .header("Authorization", DemoUsers.basic("controller"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertTooLarge(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("field").asText()).isEqualTo("body");
        assertThat(problem.path("title").asText()).isEqualTo("Too large");
        assertThat(problem.path("detail").asText()).contains("larger than 5242880 bytes");
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private ResponseEntity<JsonNode> importTableCsv(String csv) {
        return importTable("csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<JsonNode> importTable(String format, byte[] file) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(format.equals("csv") ? MediaType.parseMediaType("text/csv") : MediaType.APPLICATION_OCTET_STREAM);
        return as("controller").exchange(tableImportPath(format), HttpMethod.POST, new HttpEntity<>(file, headers), JsonNode.class);
    }

    private static String tableImportPath(String format) {
        return "/api/v1/framework-tables/refused-" + UUID.randomUUID().toString().substring(0, 8) + "/import?format="
                + format + "&title=Ekonomisk%20ram%202022&year=2023&body=RS&reference=Dnr%201043-2022&effectiveDate=2023-01-01";
    }

    private ResponseEntity<JsonNode> importOutcomes(String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
        return writer().exchange("/api/v1/plans/rs-plan-2023-2025/outcomes/import", HttpMethod.POST,
                new HttpEntity<>(csv, headers), JsonNode.class);
    }
}
