package se.planledger.ops.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.planledger.ops.app.LedgerApplication;
import se.planledger.ops.audit.ProjectionCatchUp;
import se.planledger.ops.jobs.OpsJob;
import se.planledger.ops.jobs.OpsJobs;
import se.planledger.ops.jobs.Progress;
import se.planledger.ops.support.RequiresPostgres;
import se.planledger.ops.support.TestPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's example requests work as written: every curl line (with its continuation lines) is run by a shell,
 * in the README's order, against the ledger with the demo data, and every other address the README names is read
 * as the demo reader; each answers 2xx. On a database of its own, since the examples write to the demo plan.
 */
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadmeExamplesTest {

    private static final String HOST = "http://localhost:8080";
    private static final Pattern ADDRESS = Pattern.compile(Pattern.quote(HOST) + "[^\\s)`'\"<>,]*");
    /** The README's placeholder for the job an earlier example started. */
    private static final String JOB = "<job id>";

    @LocalServerPort
    int port;

    @Autowired
    ProjectionCatchUp catchUp;

    @Autowired
    OpsJobs jobs;

    @TempDir
    Path workingDirectory;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshDatabase(registry, "readme");
    }

    @Test
    void everyExampleRequestAnswers2xx() throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/curl")) || Files.isExecutable(Path.of("/bin/curl")))
                .as("curl to run the README's examples").isTrue();
        List<String> readme = Files.readAllLines(readme(), StandardCharsets.UTF_8);
        List<String> commands = curlCommands(readme);
        assertThat(commands).hasSizeGreaterThan(30);
        // Pasted into a shell or a browser, an address goes as written only with its Swedish letters percent-encoded.
        Matcher named = ADDRESS.matcher(String.join("\n", readme));
        while (named.find()) {
            assertThat(named.group()).as("an address in README.md").matches("\\p{ASCII}+");
        }
        awaitDemoData();

        List<String> failed = new ArrayList<>();
        String job = null;
        for (String command : commands) {
            String line = command.replace(HOST, "http://localhost:" + port);
            if (line.contains(JOB)) {
                assertThat(job).as("a job started before " + command).isNotNull();
                line = line.replace(JOB, job);
            }
            Answer answer = run(line);
            if (answer.status() < 200 || answer.status() > 299) {
                failed.add(answer.status() + " " + command + "\n    " + answer.body());
            }
            if (command.contains("/api/v1/ops/audits")) {
                job = new ObjectMapper().readTree(answer.body()).path("id").asText(null);
            }
        }
        awaitJobsEnded();
        for (String address : addresses(readme, commands)) {
            Answer answer = run("curl -L -u reader:reader '" + address.replace(HOST, "http://localhost:" + port) + "'");
            if (answer.status() < 200 || answer.status() > 299) {
                failed.add(answer.status() + " " + address + "\n    " + answer.body());
            }
        }
        assertThat(failed).isEmpty();
    }

    /** Every indented line starting "curl", with the lines it continues onto ("\" at the end, or a quote still open). */
    static List<String> curlCommands(List<String> readme) {
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (!readme.get(i).startsWith("    curl ")) {
                continue;
            }
            StringBuilder command = new StringBuilder(readme.get(i).trim());
            while ((command.toString().endsWith("\\") || command.chars().filter(c -> c == '\'').count() % 2 == 1)
                    && i + 1 < readme.size()) {
                command.append('\n').append(readme.get(++i));
            }
            commands.add(command.toString());
        }
        return commands;
    }

    /** The addresses the README names outside its curl lines (links to pages, Swagger UI, the document). */
    private static Set<String> addresses(List<String> readme, List<String> commands) {
        String curls = String.join("\n", commands);
        Set<String> addresses = new LinkedHashSet<>();
        for (String line : readme) {
            if (line.startsWith("    curl ") || line.startsWith("     ")) {
                continue;
            }
            Matcher m = ADDRESS.matcher(line);
            while (m.find()) {
                String address = m.group().replaceAll("[.:;]+$", "");
                if (!curls.contains(address) || !address.contains("/api/")) {
                    addresses.add(address);
                }
            }
        }
        return addresses;
    }

    /**
     * The examples start an audit and a rebuild (of the plan tree, whose answers are incomplete while it runs): the
     * addresses are read once every job has ended and the projections are back at the newest event.
     */
    private void awaitJobsEnded() {
        await().atMost(Duration.ofSeconds(120)).until(() -> jobs.latest(100).stream()
                .noneMatch(job -> job.state() == OpsJob.State.RUNNING));
        catchUp.awaitHead(Progress.NONE);
    }

    /**
     * The demo data are sent before the test starts (an application runner); their reads follow when every
     * projection has reached the newest event, whichever set the examples read.
     */
    private void awaitDemoData() {
        catchUp.awaitHead(Progress.NONE);
    }

    /** Runs a command line as a shell would, in the test's working directory; the status from curl's -w. */
    private Answer run(String command) throws IOException, InterruptedException {
        String line = command.replaceFirst("^curl ", "curl -sS -w '\\\\n%{http_code}' ");
        Process process = new ProcessBuilder("bash", "-c", line).directory(workingDirectory.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(command).isTrue();
        int end = output.lastIndexOf('\n');
        String code = output.substring(end + 1).trim();
        String body = end < 0 ? "" : output.substring(0, end);
        return new Answer(code.matches("\\d{3}") ? Integer.parseInt(code) : -1,
                body.length() > 600 ? body.substring(0, 600) + "…" : body);
    }

    private record Answer(int status, String body) {
    }

    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("ops"))) {
                return dir.resolve("README.md");
            }
        }
        throw new IllegalStateException("no README.md above " + Path.of("").toAbsolutePath());
    }
}
