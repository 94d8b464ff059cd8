package se.planledger.ops.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The edge-valid corpus ({@code src/test/resources/good-inputs/*.json}): writes exactly at the limits (lengths, digits,
 * dates, Swedish letters, a decision taken today) must be accepted and then answered by the read side; afterwards an
 * audit replay over everything recorded must find no difference between the projections and the raw events.
 */
class GoodInputCorpusTest extends CorpusIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READ_DEADLINE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    private CorpusFixtures fixtures;

    @TestFactory
    Stream<DynamicNode> goodInputs() {
        List<DynamicNode> tests = new ArrayList<>();
        CorpusCase.load("good-inputs").forEach((file, cases) -> cases.forEach(c ->
                tests.add(DynamicTest.dynamicTest(file + ": " + c.name(), () -> check(c)))));
        if (tests.isEmpty()) {
            fail("no corpus files under good-inputs/");
        }
        // Last: the audit over everything the corpus wrote (and whatever else this run recorded).
        tests.add(DynamicTest.dynamicTest("audit replay after the corpus finds no difference", this::audit));
        return tests.stream();
    }

    private CorpusFixtures fixtures() {
        if (fixtures == null) {
            fixtures = new CorpusFixtures(port);
        }
        return fixtures;
    }

    private void check(CorpusCase c) {
        Map<String, String> fresh = new HashMap<>();
        for (CorpusCase step : c.steps()) {
            String path = fixtures().expand(step.path(), c, fresh);
            Map<String, String> headers = new HashMap<>();
            step.headers().forEach((k, v) -> headers.put(k, fixtures().expand(v, c, fresh)));
            CorpusFixtures.Answer answer = fixtures().send(step.method(), path, step.contentType(), headers,
                    fixtures().expand(step.body(), c, fresh));
            if (answer.status() != step.status()) {
                fail(step.method() + " " + BadInputCorpusTest.abbreviate(path, 120) + ": status " + answer.status()
                        + " (expected " + step.status() + "); answer: " + BadInputCorpusTest.abbreviate(answer.body(), 400));
            }
        }
        String read = fixtures().expand(c.read(), c, fresh);
        String expect = fixtures().expand(c.expect(), c, fresh);
        await().atMost(READ_DEADLINE).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            CorpusFixtures.Answer answer = fixtures().get(read);
            if (answer.status() != 200 || !answer.body().contains(expect)) {
                fail("GET " + BadInputCorpusTest.abbreviate(read, 120) + " does not show \""
                        + BadInputCorpusTest.abbreviate(expect, 40) + "\"; answer: " + answer.status() + " "
                        + BadInputCorpusTest.abbreviate(answer.body(), 400));
            }
        });
    }

    private void audit() throws Exception {
        CorpusFixtures.Answer started = fixtures().send("POST", "/api/v1/ops/audits", null, Map.of(), null);
        if (started.status() != 202) {
            fail("POST /api/v1/ops/audits: status " + started.status() + "; " + started.body());
        }
        String jobId = JSON.readTree(started.body()).path("id").asText();
        JsonNode job = await("audit job " + jobId + " to end").atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> JSON.readTree(fixtures().get("/api/v1/ops/jobs/" + jobId, "auditor").body()),
                        answer -> !answer.path("state").asText().equals("RUNNING"));
        if (!job.path("state").asText().equals("DONE")) {
            fail("audit job " + jobId + " ended without success: " + job);
        }
        long differences = job.path("result").path("differences").asLong(-1);
        if (differences != 0) {
            List<String> models = new ArrayList<>();
            job.path("result").path("readModels").forEach(m -> {
                if (m.path("differences").asLong() > 0) {
                    models.add(m.path("readModel").asText() + ": " + m.path("differences").asLong() + " "
                            + BadInputCorpusTest.abbreviate(m.path("firstDifferences").toString(), 300));
                }
            });
            fail("the audit found " + differences + " difference(s): " + String.join("; ", models));
        }
    }
}
