package se.planledger.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.command.api.LedgerCommands;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.plan.AddPlanItem;
import se.planledger.domain.plan.AdoptPlan;
import se.planledger.domain.plan.DraftPlan;
import se.planledger.domain.plan.DraftPlanRevision;
import se.planledger.domain.plan.Perspective;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.plan.RevisePlan;
import se.planledger.domain.plan.RevisePlanItem;
import se.planledger.domain.plan.item.Indicator;
import se.planledger.domain.plan.item.StrategicGoal;
import se.planledger.domain.plan.item.SuccessFactor;
import se.planledger.domain.target.StatedValue;
import se.planledger.ops.audit.AuditReplay;
import se.planledger.ops.audit.AuditReport;
import se.planledger.ops.audit.ProjectionCatchUp;
import se.planledger.ops.jobs.Progress;
import se.planledger.ops.rebuild.ProjectionRebuild;
import se.planledger.ops.rebuild.RebuildReport;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The ledger's speed and memory on this machine, against the targets below. Not part of the test suite (tag
 * "benchmark"); run it with
 * {@code ./mvnw -B test -pl ops -am -Dgroups=benchmark -DexcludedGroups= -Dtest=LedgerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * It writes its report to ops/target/benchmark.md and prints it.
 */
@Tag("benchmark")
class LedgerBenchmark extends PostgresIntegrationTest {

    static final int PLANS = 5;
    static final int GOALS = 5;
    static final int FACTORS_PER_GOAL = 4;
    static final int INDICATORS_PER_FACTOR = 10;
    static final int READS = 200;

    @Autowired
    LedgerCommands commands;
    @Autowired
    ProjectionCatchUp catchUp;
    @Autowired
    AuditReplay audit;
    @Autowired
    ProjectionRebuild rebuild;
    @Autowired
    JdbcTemplate jdbc;

    final List<String> lines = new ArrayList<>();

    @Test
    void measure() throws IOException {
        machine();
        List<Long> writes = new ArrayList<>();
        long writeStart = System.nanoTime();
        for (int p = 1; p <= PLANS; p++) {
            writePlan("bench-" + p, writes);
        }
        double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
        long caughtUpStart = System.nanoTime();
        catchUp.awaitHead(Progress.NONE);
        double lagSeconds = (System.nanoTime() - caughtUpStart) / 1e9;
        long events = jdbc.queryForObject("select count(*) from domainevententry", Long.class);
        row("commands", writes.size() + " in " + round(writeSeconds) + " s = " + round(writes.size() / writeSeconds) + "/s",
                "p50 " + ms(percentile(writes, 50)) + ", p95 " + ms(percentile(writes, 95)), "p95 < 100 ms",
                percentile(writes, 95) < 100_000_000);
        row("projection lag after the last command", round(lagSeconds) + " s", "", "< 5 s", lagSeconds < 5);

        int items = GOALS * FACTORS_PER_GOAL * (INDICATORS_PER_FACTOR + 1) + GOALS;
        List<Long> trees = time(READS, () -> http.getForEntity("/api/v1/plans/bench-1?asOf=2023-08-01", JsonNode.class));
        row("plan tree read (" + items + " items, HTTP)", READS + " reads", "p50 " + ms(percentile(trees, 50)) + ", p95 "
                + ms(percentile(trees, 95)), "p95 < 200 ms", percentile(trees, 95) < 200_000_000);
        List<Long> pastTrees = time(READS, () -> http.getForEntity("/api/v1/plans/bench-1?asOf=2023-03-01&knownAt="
                + Instant.now().minusSeconds(1), JsonNode.class));
        row("plan tree read, past asOf/knownAt", READS + " reads", "p50 " + ms(percentile(pastTrees, 50)) + ", p95 "
                + ms(percentile(pastTrees, 95)), "p95 < 200 ms", percentile(pastTrees, 95) < 200_000_000);
        List<Long> diffs = time(50, () -> http.getForEntity("/api/v1/plans/bench-1/diff?fromVersion=1&toVersion=2", JsonNode.class));
        row("plan diff version 1 → 2", "50 diffs", "p50 " + ms(percentile(diffs, 50)) + ", p95 " + ms(percentile(diffs, 95)),
                "p95 < 500 ms", percentile(diffs, 95) < 500_000_000);

        long auditStart = System.nanoTime();
        AuditReport report = audit.run(Instant.now(), null, Progress.NONE);
        double auditSeconds = (System.nanoTime() - auditStart) / 1e9;
        row("audit replay", report.eventsReplayed() + " events in " + round(auditSeconds) + " s = "
                + round(report.eventsReplayed() / auditSeconds) + " events/s", report.differences() + " differences",
                "≥ 500 events/s, 0 differences", report.eventsReplayed() / auditSeconds >= 500 && report.clean());

        RebuildReport rebuilt = rebuild.rebuild(rebuild.processorsOf(null), Progress.NONE);
        double rebuildSeconds = rebuilt.millis() / 1e3;
        long handlings = events * rebuilt.processingGroups().size();
        row("rebuild of every projection (" + rebuilt.processingGroups().size() + " groups, each replays every event)",
                events + " events in " + round(rebuildSeconds) + " s = " + round(handlings / rebuildSeconds)
                        + " event handlings/s", "then verified in " + round(rebuilt.verification().millis() / 1e3) + " s: "
                        + rebuilt.verification().differences() + " differences",
                "≥ 1 000 handlings/s, 0 differences", handlings / rebuildSeconds >= 1000 && rebuilt.verification().clean());

        System.gc();
        long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
        row("heap in use after GC", heap + " MiB", "", "< 512 MiB", heap < 512);
        report();
    }

    private void writePlan(String planId, List<Long> writes) {
        send(writes, new DraftPlan(planId, "Benchmarkplan " + planId, Body.RS, 2023, 2025));
        for (int g = 1; g <= GOALS; g++) {
            String goal = "G" + g;
            send(writes, new AddPlanItem(planId, goal, null, new StrategicGoal(Perspective.values()[(g - 1) % 5],
                    "Strategiskt mål " + g, List.of(Body.RS), null)));
            for (int f = 1; f <= FACTORS_PER_GOAL; f++) {
                String factor = goal + ".F" + f;
                send(writes, new AddPlanItem(planId, factor, goal, new SuccessFactor("Framgångsfaktor " + f, null)));
                for (int i = 1; i <= INDICATORS_PER_FACTOR; i++) {
                    send(writes, new AddPlanItem(planId, factor + ".I" + i, factor, indicator(i, "Öka")));
                }
            }
        }
        send(writes, new AdoptPlan(planId, new Decision(Body.RS, "Dnr 1043-2022", LocalDate.of(2022, 6, 15),
                LocalDate.of(2023, 1, 1))));
        send(writes, new DraftPlanRevision(planId));
        for (int g = 1; g <= GOALS; g++) {
            send(writes, new RevisePlanItem(planId, "G" + g + ".F1.I1", indicator(1, "Öka 5 %"), null));
        }
        send(writes, new RevisePlan(planId, new Decision(Body.RS, "Dnr 2001-2022", LocalDate.of(2022, 12, 7),
                LocalDate.of(2023, 7, 1))));
    }

    private static Indicator indicator(int i, String target) {
        return new Indicator("Styrmått " + i, "%", "Datalager", List.of(ReportingPeriod.DA04, ReportingPeriod.DA08,
                ReportingPeriod.AR), StatedValue.parse("2021 K: 2403 M: 2515"),
                Map.of(2023, StatedValue.parse(target), 2025, StatedValue.parse("95 %")), true, null, null);
    }

    private void send(List<Long> writes, Object command) {
        long start = System.nanoTime();
        commands.sendAs(command, "benchmark", null);
        writes.add(System.nanoTime() - start);
    }

    private static List<Long> time(int times, Supplier<?> work) {
        List<Long> durations = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            work.get();
            durations.add(System.nanoTime() - start);
        }
        return durations;
    }

    private void machine() {
        lines.add("# Ledger benchmark");
        lines.add("");
        lines.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, Java " + System.getProperty("java.version")
                + ", " + jdbc.queryForObject("select version()", String.class).split(",")[0] + ", " + Instant.now());
        lines.add("");
        lines.add("| measure | volume | latency | target | met |");
        lines.add("|---|---|---|---|---|");
    }

    private void row(String measure, String volume, String latency, String target, boolean met) {
        lines.add("| " + String.join(" | ", Arrays.asList(measure, volume, latency, target, met ? "yes" : "**no**")) + " |");
    }

    private void report() throws IOException {
        String text = String.join("\n", lines) + "\n";
        Files.writeString(Path.of("target", "benchmark.md"), text);
        System.out.println(text);
    }

    private static long percentile(List<Long> durations, int percent) {
        List<Long> sorted = durations.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static String ms(long nanos) {
        return round(nanos / 1e6) + " ms";
    }

    private static String round(double value) {
        return String.format("%.1f", value);
    }
}
