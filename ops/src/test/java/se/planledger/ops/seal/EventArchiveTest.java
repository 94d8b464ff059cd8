package se.planledger.ops.seal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.planledger.ops.app.LedgerApplication;
import se.planledger.ops.audit.ProjectionCatchUp;
import se.planledger.ops.jobs.Progress;
import se.planledger.ops.support.RequiresPostgres;
import se.planledger.ops.support.TestPostgres;
import se.planledger.query.audit.AuditedReadModel;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The demo ledger exported on PostgreSQL and restored into a second, empty database by a second ledger: the same
 * chain, verified, and the same answers from every read model. A changed archive is refused and leaves the store
 * empty; a restore into a store that holds events is refused.
 */
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventArchiveTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventArchive archive;
    @Autowired
    EventSeals seals;
    @Autowired
    ProjectionCatchUp catchUp;
    @Autowired
    List<AuditedReadModel> readModels;
    @Autowired
    ObjectMapper json;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshDatabase(registry, "archive_from");
    }

    @Test
    void theDemoLedgerRestoredIntoAnEmptyDatabaseHasTheSameChainAndAnswers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.ndjson");
        long exported;
        try (OutputStream out = Files.newOutputStream(file)) {
            exported = archive.export(out);
        }
        ChainVerification source = seals.verify(null);
        assertThat(exported).isPositive().isEqualTo(source.eventsSealed());

        ResponseEntity<String> asAuditor = http.withBasicAuth("auditor", "auditor").getForEntity("/api/v1/ops/events/export", String.class);
        assertThat(asAuditor.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asAuditor.getBody()).isEqualTo(Files.readString(file));
        assertThat(http.withBasicAuth("reader", "reader").getForEntity("/api/v1/ops/events/export", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // A second ledger on an empty database of its own, configured as on the command line.
        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(LedgerApplication.class).run(
                "--spring.datasource.url=" + TestPostgres.freshDatabase("archive_to"),
                "--spring.datasource.username=" + TestPostgres.USER, "--spring.datasource.password=" + TestPostgres.PASSWORD,
                "--ledger.demo-data.enabled=false", "--server.port=0")) {
            EventArchive target = restored.getBean(EventArchive.class);
            Path changed = dir.resolve("changed.ndjson");
            List<String> lines = Files.readAllLines(file);
            lines.set(1, lines.get(1).replace("\"sequenceNumber\":", "\"sequenceNumber\":1"));
            Files.write(changed, lines);
            Throwable tampered = catchThrowable(() -> {
                try (InputStream in = Files.newInputStream(changed)) {
                    target.restore(in);
                }
            });
            assertThat(tampered).hasMessageStartingWith("refusing to restore: line 2 (event ")
                    .hasMessageContaining("does not follow the chain");
            // Cut short: the last event lost, then the last line lost as well. Each a valid chain, neither whole.
            List<String> whole = Files.readAllLines(file);
            Path withoutLastEvent = dir.resolve("without-last-event.ndjson");
            Files.write(withoutLastEvent, new ArrayList<>(whole.subList(0, whole.size() - 2)) {{ add(whole.get(whole.size() - 1)); }});
            Path withoutEnd = dir.resolve("without-end.ndjson");
            Files.write(withoutEnd, whole.subList(0, whole.size() - 1));
            for (Path cut : List.of(withoutLastEvent, withoutEnd)) {
                Throwable shortened = catchThrowable(() -> {
                    try (InputStream in = Files.newInputStream(cut)) {
                        target.restore(in);
                    }
                });
                assertThat(shortened).as(cut.getFileName().toString()).hasMessageStartingWith("refusing to restore: the archive")
                        .hasMessageContaining("nothing restored");
            }

            try (InputStream in = Files.newInputStream(file)) {
                assertThat(target.restore(in)).isEqualTo(exported);
            }
            Throwable again = catchThrowable(() -> {
                try (InputStream in = Files.newInputStream(file)) {
                    target.restore(in);
                }
            });
            assertThat(again).hasMessageStartingWith("refusing to restore: the event store is not empty");

            ChainVerification chain = restored.getBean(EventSeals.class).verify(source.head().globalIndex() + ":"
                    + source.head().seal());
            assertThat(chain.verified()).as(chain.verdict()).isTrue();
            assertThat(chain.head()).isEqualTo(source.head());

            catchUp.awaitHead(Progress.NONE);
            restored.getBean(ProjectionCatchUp.class).awaitHead(Progress.NONE);
            Instant now = Instant.now();
            List<AuditedReadModel> rebuilt = restored.getBeansOfType(AuditedReadModel.class).values().stream().toList();
            assertThat(rebuilt).hasSameSizeAs(readModels);
            for (AuditedReadModel model : readModels) {
                AuditedReadModel same = rebuilt.stream().filter(m -> m.getClass().equals(model.getClass())).findFirst().orElseThrow();
                JsonNode answers = json.valueToTree(model.everythingKnownAt(now));
                JsonNode restoredAnswers = json.valueToTree(same.everythingKnownAt(now));
                assertThat(answers).as("%s answers something", model.processingGroup()).isNotEmpty();
                assertThat(restoredAnswers).as("%s answers the same from the restored events", model.processingGroup())
                        .isEqualTo(answers);
            }
        }
    }
}
