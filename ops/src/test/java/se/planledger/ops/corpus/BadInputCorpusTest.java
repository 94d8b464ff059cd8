package se.planledger.ops.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The bad-input corpus ({@code src/test/resources/bad-inputs/*.json}, one file per write area) against every write
 * endpoint: each case must get its 4xx RFC 7807 problem (application/problem+json) naming the field, and append no
 * event. One test per case, named by file and case; a summary of every case's answer is written to
 * {@code target/bad-input-corpus.md}.
 */
class BadInputCorpusTest extends CorpusIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SUMMARY = Collections.synchronizedList(new ArrayList<>());

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private CorpusFixtures fixtures;

    @TestFactory
    Stream<DynamicNode> badInputs() {
        Map<String, List<CorpusCase>> files = CorpusCase.load("bad-inputs");
        if (files.isEmpty()) {
            fail("no corpus files under bad-inputs/");
        }
        return files.entrySet().stream().map(file -> DynamicContainer.dynamicContainer(file.getKey(),
                file.getValue().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)))));
    }

    private void check(CorpusCase c) {
        if (fixtures == null) {
            fixtures = new CorpusFixtures(port);
        }
        Map<String, String> fresh = new HashMap<>();
        String path = fixtures.expand(c.path(), c, fresh);
        String body = fixtures.expand(c.body(), c, fresh);
        Map<String, String> headers = new LinkedHashMap<>();
        c.headers().forEach((k, v) -> headers.put(k, fixtures.expand(v, c, fresh)));
        long before = events();

        CorpusFixtures.Answer answer = fixtures.send(c.method(), path, c.contentType(), headers, body);
        long added = events() - before;

        String field = fieldOf(answer);
        List<String> wrong = new ArrayList<>();
        if (answer.status() != c.status()) {
            wrong.add("status " + answer.status() + " (expected " + c.status() + ")");
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            wrong.add("content type \"" + answer.contentType() + "\" (expected application/problem+json)");
        }
        if (!c.fields().contains(field)) {
            wrong.add("field " + (field == null ? "absent" : "\"" + field + "\"") + " (expected "
                    + String.join(" or ", c.fields()) + ")");
        }
        if (added != 0) {
            wrong.add(added + " event(s) appended (expected none)");
        }
        SUMMARY.add("| " + c.file() + " | " + c.name().replace("|", "/") + " | " + c.status() + " "
                + String.join("/", c.fields()) + " | " + answer.status() + " " + (field == null ? "-" : field)
                + " | " + added + " | " + (wrong.isEmpty() ? "ok" : "FAIL") + " |");
        if (!wrong.isEmpty()) {
            fail(c.file() + " / " + c.name() + " — " + c.method() + " " + abbreviate(path, 120) + ": " + String.join("; ", wrong) + "; answer: "
                    + abbreviate(answer.body(), 400));
        }
    }

    @AfterAll
    static void writeSummary() throws IOException {
        List<String> lines = new ArrayList<>(List.of("# Bad-input corpus", "",
                "| file | case | expected | got | events added | verdict |", "|---|---|---|---|---|---|"));
        lines.addAll(SUMMARY);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.write(target.resolve("bad-input-corpus.md"), lines, StandardCharsets.UTF_8);
        }
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private static String fieldOf(CorpusFixtures.Answer answer) {
        try {
            JsonNode problem = JSON.readTree(answer.body());
            return problem != null && problem.hasNonNull("field") ? problem.get("field").asText() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " chars)";
    }
}
