package se.planledger.ops.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.planledger.ops.audit.AuditReplay;
import se.planledger.ops.jobs.OpsJobs;
import se.planledger.ops.audit.AuditReport;
import se.planledger.ops.rebuild.ProjectionRebuild;
import se.planledger.ops.rebuild.RebuildReport;
import se.planledger.ops.audit.ProjectionCatchUp;
import se.planledger.ops.seal.ArchiveReport;
import se.planledger.ops.seal.ChainVerification;
import se.planledger.ops.seal.EventArchive;
import se.planledger.ops.seal.EventSeals;
import se.planledger.query.time.TimePoints;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ops command line: {@code --ledger.task=audit [--knownAt=...] [--planId=...]} or
 * {@code --ledger.task=rebuild [--group=...]} or {@code --ledger.task=verify [--since=<globalIndex>:<seal>]} or
 * {@code --ledger.task=export --file=...} or {@code --ledger.task=restore --file=...} (into an empty database; the
 * projections are rebuilt from the restored events before it reports) runs the task in the foreground, prints its
 * report as JSON and exits 0 when the audit is clean (the event chain verifies), 1 otherwise: an audit with a
 * difference, over a chain that does not verify, or that replayed or compared nothing, exits 1.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after the demo data, so a first start can be verified at once
public class OpsTaskRunner implements ApplicationRunner {

    private final ConfigurableApplicationContext context;
    private final AuditReplay audit;
    private final ProjectionRebuild rebuild;
    private final TimePoints timePoints;
    private final ObjectMapper json;
    private final EventSeals seals;
    private final EventArchive archive;
    private final ProjectionCatchUp catchUp;

    public OpsTaskRunner(ConfigurableApplicationContext context, AuditReplay audit, ProjectionRebuild rebuild,
                         TimePoints timePoints, ObjectMapper json, EventSeals seals, EventArchive archive,
                         ProjectionCatchUp catchUp) {
        this.archive = archive;
        this.catchUp = catchUp;
        this.context = context;
        this.audit = audit;
        this.rebuild = rebuild;
        this.timePoints = timePoints;
        this.json = json;
        this.seals = seals;
    }

    /** Runs the task named by {@code --ledger.task}, if any, and only then ends the process with its exit code. */
    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!args.containsOption("ledger.task")) {
            return;
        }
        int code = runTask(args);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Runs the task, prints its report and returns the exit code: 0 when clean, 1 otherwise. Exits nothing. */
    public int runTask(ApplicationArguments args) throws Exception {
        String task = args.getOptionValues("ledger.task").get(0);
        boolean clean;
        Object report;
        switch (task) {
            case "audit" -> {
                AuditReport audited = audit.run(timePoints.knownAt(option(args, "knownAt")), option(args, "planId"),
                        OpsJobs.logging("audit"));
                clean = audited.clean();
                report = audited;
            }
            case "rebuild" -> {
                RebuildReport rebuilt = rebuild.rebuild(rebuild.processorsOf(option(args, "group")),
                        OpsJobs.logging("rebuild"));
                clean = rebuilt.verification().clean();
                report = rebuilt;
            }
            case "verify" -> {
                ChainVerification verified = seals.verify(option(args, "since"));
                clean = verified.verified();
                report = verified;
            }
            case "export" -> {
                String file = file(args);
                long exported;
                try (OutputStream out = Files.newOutputStream(Path.of(file))) {
                    exported = archive.export(out);
                }
                ChainVerification chain = seals.verify(null);
                clean = chain.verified();
                report = new ArchiveReport(file, exported, chain);
            }
            case "restore" -> {
                String file = file(args);
                long restored;
                try (InputStream in = Files.newInputStream(Path.of(file))) {
                    restored = archive.restore(in);
                }
                catchUp.awaitHead(OpsJobs.logging("restore"));
                ChainVerification chain = seals.verify(null);
                clean = chain.verified();
                report = new ArchiveReport(file, restored, chain);
            }
            default -> throw new IllegalArgumentException("unknown ledger.task " + task
                    + "; use audit, rebuild, verify, export or restore");
        }
        System.out.println(json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        return clean ? 0 : 1;
    }

    private static String file(ApplicationArguments args) {
        String file = option(args, "file");
        if (file == null) {
            throw new IllegalArgumentException("name the file: --file=<path>");
        }
        return file;
    }

    private static String option(ApplicationArguments args, String name) {
        return args.containsOption(name) ? args.getOptionValues(name).get(0) : null;
    }
}
