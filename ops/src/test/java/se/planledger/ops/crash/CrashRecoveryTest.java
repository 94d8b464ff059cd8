package se.planledger.ops.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import se.planledger.ops.support.DemoUsers;
import se.planledger.ops.support.RequiresPostgres;
import se.planledger.ops.support.TestPostgres;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Nothing acknowledged is lost: the ledger runs as its own process ({@link LedgerProcess}) on its own PostgreSQL
 * database ({@code <LEDGER_TEST_PG_DATABASE>_run}, created and dropped here), is killed with SIGKILL under load and
 * restarted, and has its database connections cut under load. Four clients draft plans, each write under its own
 * Idempotency-Key. Each crash comes in three rounds ({@link Stall}): at a moment left to chance, and with the writes in
 * flight held by the test's table locks before or after their events are stored, so that both kinds of in-flight
 * write occur on every run.
 * <p>
 * Afterwards every write that got a 2xx is in the event store exactly once (its commandId, the Idempotency-Key, in
 * {@code domainevententry.metadata}) and visible through the read API; every write without a definite answer,
 * retried with its key once the idempotency lease has run out, gets a definite answer (2xx or a 4xx refusal, never
 * 409 "in progress"), answered as done when its events were stored, and is recorded at most once (exactly once when
 * answered 2xx; exactly once after a kill); a failed (5xx) answer is never replayed as an empty success; and the
 * audit replay finds no difference. Each round prints a summary line starting with {@code [crash]}.
 */
@Tag("crash")
@ExtendWith(RequiresPostgres.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryTest {

    private static final String DATABASE = TestPostgres.DATABASE + "_run";
    private static final Duration LEASE = Duration.ofSeconds(2);
    private static final String PLANNER = DemoUsers.basic("planner");
    private static final String AUDITOR = DemoUsers.basic("auditor");
    private static final String READER = DemoUsers.basic("reader");
    private static final int CLIENTS = 4;
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(30);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LedgerProcess ledger;

    @BeforeAll
    static void startTheLedgerOnItsOwnDatabase() throws SQLException {
        admin("drop database if exists " + DATABASE + " with (force)");
        admin("create database " + DATABASE);
        ledger = new LedgerProcess(DATABASE.replace('_', '-'), List.of(
                "--spring.datasource.url=" + jdbcUrl(DATABASE),
                "--spring.datasource.username=" + TestPostgres.USER,
                "--spring.datasource.password=" + TestPostgres.PASSWORD,
                "--ledger.demo-data.enabled=false",
                "--ledger.idempotency.lease=" + LEASE));
        ledger.start();
    }

    @AfterAll
    static void stopTheLedgerAndDropItsDatabase() throws SQLException {
        try {
            if (ledger != null) {
                ledger.stop();
            }
        } finally {
            admin("drop database if exists " + DATABASE + " with (force)");
        }
    }

    /**
     * Where the in-flight writes are when the process dies. Left to chance ({@code NONE}) the few writes in flight at
     * the kill are anywhere; table locks held by the test until every client's write waits on them put them
     * reliably at one point: before their events are stored ({@code domainevententry} locked: key claimed, nothing stored) or after
     * (then {@code idempotent_request} locked and {@code domainevententry} released: events stored, the answer
     * neither recorded nor sent).
     */
    enum Stall { NONE, BEFORE_EVENTS_STORED, AFTER_EVENTS_STORED }

    @Test
    @Order(1)
    @Timeout(value = 100, unit = TimeUnit.SECONDS)
    void aKillDashNineUnderLoadLosesNoAcknowledgedWriteAndInFlightWritesResolveOnRetry() throws SQLException {
        Violations violations = new Violations();
        for (Stall stall : Stall.values()) {
            killUnderLoad(stall, violations);
        }
        violations.assertNone("kill -9 under load", ledger);
    }

    private void killUnderLoad(Stall stall, Violations violations) throws SQLException {
        String round = "kill " + stall.name().toLowerCase().replace('_', ' ');
        running();
        Load load = Load.start("k" + stall.ordinal(), CLIENTS);
        Poll.until("writes acknowledged before the kill", Duration.ofSeconds(30), Duration.ofMillis(100),
                () -> load.count(Write::acknowledged), n -> n >= 10);
        Instant killedAt;
        try (Connection events = connect(DATABASE); Connection answers = connect(DATABASE)) {
            if (stall != Stall.NONE) {
                lock(events, "domainevententry");
                awaitEveryClientWaitingOn(events, "to store its events"); // each has claimed its key
            }
            if (stall == Stall.AFTER_EVENTS_STORED) {
                lock(answers, "idempotent_request");
                release(events);
                awaitEveryClientWaitingOn(answers, "to record its answer"); // its events are stored
            }
            load.stopSending();
            killedAt = Instant.now();
            ledger.kill();
            if (stall != Stall.NONE) {
                // The dead process's statements still waiting for a lock must not run when it is released: end them.
                List<Integer> ours = List.of(backendPid(events), backendPid(answers));
                terminateLedgerConnections(ours);
                Poll.until("the killed ledger's PostgreSQL sessions gone", Duration.ofSeconds(20), Duration.ofMillis(100),
                        () -> sessions(ours), n -> n == 0);
            }
            release(events);
            release(answers);
        }
        load.awaitClients();

        ledger.start();
        Poll.untilPast(killedAt.plus(LEASE).plusMillis(500), Duration.ofSeconds(30));
        List<Write> acknowledged = load.writes(Write::acknowledged);
        List<Write> inFlight = load.writes(w -> !w.acknowledged() && !w.first.refusal());
        Map<String, Long> storedBeforeRetry = eventsPerCommandId();
        if (stall != Stall.NONE) {
            assertThat(inFlight).as(round + ": writes in flight at the kill").isNotEmpty();
        }
        if (stall == Stall.BEFORE_EVENTS_STORED) {
            assertThat(inFlight).as(round + ": writes in flight at the kill without events stored")
                    .noneMatch(w -> storedBeforeRetry.containsKey(w.key));
        }
        if (stall == Stall.AFTER_EVENTS_STORED) {
            assertThat(inFlight).as(round + ": writes in flight at the kill with their events stored")
                    .anyMatch(w -> storedBeforeRetry.containsKey(w.key));
        }
        retry(inFlight);
        Map<String, Long> stored = eventsPerCommandId();

        int violationsBefore = violations.count();
        for (Write write : acknowledged) {
            long events = stored.getOrDefault(write.key, 0L);
            if (events != 1) {
                violations.add(round + ": acknowledged (2xx) but not in the event store exactly once",
                        write + " events=" + events);
            }
        }
        for (Write write : inFlight) {
            long events = stored.getOrDefault(write.key, 0L);
            long eventsBefore = storedBeforeRetry.getOrDefault(write.key, 0L);
            checkDefiniteRetry(round, write, violations);
            if (events != 1) {
                violations.add(round + ": in flight at the kill, retried, but not recorded exactly once",
                        write + " events=" + events);
            }
            if (eventsBefore > 0 && !write.retry.success()) {
                violations.add(round + ": in flight at the kill, its events stored, yet the retry was not answered as done (2xx)",
                        write + " eventsBeforeRetry=" + eventsBefore);
            }
        }
        List<Write> answeredDone = new ArrayList<>(acknowledged);
        inFlight.stream().filter(w -> w.retry.success()).forEach(answeredDone::add);
        awaitVisible(round, answeredDone, stored, violations);

        report(round, load, inFlight, violations.count() - violationsBefore);
    }

    @Test
    @Order(2)
    @Timeout(value = 100, unit = TimeUnit.SECONDS)
    void cutDatabaseConnectionsUnderLoadLoseNoAcknowledgedWriteAndReplayNoFailure() throws SQLException {
        Violations violations = new Violations();
        for (Stall stall : Stall.values()) {
            cutUnderLoad(stall, violations);
        }
        violations.assertNone("database connections cut under load", ledger);
    }

    /**
     * Cuts the ledger's PostgreSQL connections under load: a few times at random moments ({@code NONE}), or once
     * while the writes in flight wait, held by the test's table locks, to store their events or to record their answers.
     */
    private void cutUnderLoad(Stall stall, Violations violations) throws SQLException {
        String round = "cut " + stall.name().toLowerCase().replace('_', ' ');
        running();
        Load load = Load.start("c" + stall.ordinal(), CLIENTS);
        Poll.until("writes acknowledged before the first cut", Duration.ofSeconds(30), Duration.ofMillis(100),
                () -> load.count(Write::acknowledged), n -> n >= 10);
        int cut = 0;
        Instant lastCut;
        if (stall == Stall.NONE) {
            for (int i = 0; i < 4; i++) {
                cut += terminateLedgerConnections();
                Poll.pause(Duration.ofMillis(600)); // load runs on between the cuts
            }
            lastCut = Instant.now();
        } else {
            try (Connection events = connect(DATABASE); Connection answers = connect(DATABASE)) {
                lock(events, "domainevententry");
                awaitEveryClientWaitingOn(events, "to store its events"); // each has claimed its key
                if (stall == Stall.AFTER_EVENTS_STORED) {
                    lock(answers, "idempotent_request");
                    release(events);
                    awaitEveryClientWaitingOn(answers, "to record its answer"); // its events are stored
                }
                cut += terminateLedgerConnections(List.of(backendPid(events), backendPid(answers)));
                lastCut = Instant.now();
                Poll.pause(Duration.ofMillis(300));
                release(events);
                release(answers);
            }
        }
        Poll.pause(Duration.ofSeconds(1)); // load runs on after the last cut
        load.stopSending();
        load.awaitClients();
        assertThat(cut).as(round + ": PostgreSQL connections of the ledger terminated").isPositive();

        Poll.until("the ledger healthy after the cuts", Duration.ofSeconds(60), Duration.ofMillis(250),
                ledger::healthy, up -> up);
        Poll.untilPast(lastCut.plus(LEASE).plusMillis(500), Duration.ofSeconds(30));
        List<Write> acknowledged = load.writes(Write::acknowledged);
        List<Write> undecided = load.writes(w -> !w.acknowledged() && !w.first.refusal() || w.first.inProgress());
        Map<String, Long> storedBeforeRetry = eventsPerCommandId();
        if (stall != Stall.NONE) {
            assertThat(undecided).as(round + ": writes failed by the cut").isNotEmpty();
        }
        retry(undecided);
        Map<String, Long> stored = eventsPerCommandId();

        int violationsBefore = violations.count();
        for (Write write : acknowledged) {
            long events = stored.getOrDefault(write.key, 0L);
            if (events != 1) {
                violations.add(round + ": acknowledged (2xx) but not in the event store exactly once", write + " events=" + events);
            }
        }
        for (Write write : load.writes(w -> w.first.refusal() && !w.first.inProgress())) {
            long events = stored.getOrDefault(write.key, 0L);
            if (events != 0) {
                violations.add(round + ": refused (4xx) but recorded anyway", write + " events=" + events);
            }
        }
        for (Write write : undecided) {
            long events = stored.getOrDefault(write.key, 0L);
            long before = storedBeforeRetry.getOrDefault(write.key, 0L);
            checkDefiniteRetry(round, write, violations);
            if (write.first.failed() && write.retry.replayed() && write.retry.body().isBlank()) {
                violations.add(round + ": a failed (5xx) answer replayed on retry as an empty Idempotent-Replayed success",
                        write.toString());
            }
            if (write.retry.success() && events != 1) {
                violations.add(round + ": retried, answered 2xx, but not recorded exactly once", write + " events=" + events);
            }
            if (events > 1) {
                violations.add(round + ": retried and recorded more than once", write + " events=" + events);
            }
            if (before > 0 && !write.retry.success()) {
                violations.add(round + ": its events stored during the cut, yet the retry was not answered as done (2xx)",
                        write + " eventsBeforeRetry=" + before);
            }
        }
        List<Write> answeredDone = new ArrayList<>(acknowledged);
        undecided.stream().filter(w -> w.retry.success()).forEach(answeredDone::add);
        awaitVisible(round, answeredDone, stored, violations);

        report(round + " (" + cut + " connections)", load, undecided, violations.count() - violationsBefore);
    }

    @Test
    @Order(3)
    @Timeout(value = 100, unit = TimeUnit.SECONDS)
    void theAuditReplayFindsNoDifferenceAfterTheCrashes() throws Exception {
        running();
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(ledger.uri("/api/v1/ops/audits"))
                .timeout(Duration.ofSeconds(15)).header("Authorization", AUDITOR)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();

        JsonNode job;
        try {
            job = Poll.until("the audit job to end", Duration.ofSeconds(30), Duration.ofMillis(250),
                    () -> JSON.readTree(HTTP.send(HttpRequest.newBuilder(ledger.uri(location))
                            .timeout(Duration.ofSeconds(10)).header("Authorization", AUDITOR).GET().build(),
                            HttpResponse.BodyHandlers.ofString()).body()),
                    j -> !j.path("state").asText().equals("RUNNING"));
        } catch (AssertionError stuck) {
            throw new AssertionError(stuck.getMessage() + "\nthe ops-job thread of the ledger:\n"
                    + thread(ledger.threadDump(), "\"ops-job\""), stuck);
        }

        assertThat(job.path("state").asText()).as("%s", job).isEqualTo("DONE");
        assertThat(job.path("result").path("eventsReplayed").asLong()).as("%s", job).isPositive();
        assertThat(job.path("result").path("differences").asLong()).as("%s", job.path("result")).isZero();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** One write: draft a plan of its own under its own Idempotency-Key. */
    static final class Write {
        final String key;
        final String planId;
        final String body;
        volatile Answer first;
        volatile Answer retry;

        Write(String scenario, int client, int sequence) {
            String unique = UUID.randomUUID().toString().substring(0, 8);
            this.planId = "crash-" + scenario + "-c" + client + "-" + sequence + "-" + unique;
            this.key = "key-" + planId;
            this.body = """
                    {"planId":"%s","title":"Kraschprov %s","board":"RS","firstYear":2024,"lastYear":2026}"""
                    .formatted(planId, planId);
        }

        boolean acknowledged() {
            return first != null && first.success();
        }

        @Override
        public String toString() {
            return key + " first=" + first + (retry == null ? "" : " retry=" + retry);
        }
    }

    /** An HTTP answer; status -1 when none came (connection refused or reset, timeout). */
    record Answer(int status, String body, boolean replayed, String error) {

        boolean success() {
            return status >= 200 && status < 300;
        }

        boolean refusal() {
            return status >= 400 && status < 500;
        }

        boolean failed() {
            return status >= 500;
        }

        boolean none() {
            return status < 0;
        }

        boolean inProgress() {
            return status == 409 && body != null && body.toLowerCase().contains("in progress");
        }

        @Override
        public String toString() {
            if (none()) {
                return "no answer (" + error + ")";
            }
            String shown = body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "..." : body;
            return status + (replayed ? " replayed" : "") + " " + (shown.isBlank() ? "(empty body)" : shown);
        }
    }

    /** Client threads drafting plans, each with a unique Idempotency-Key, until told to stop. */
    static final class Load {
        private final Queue<Write> writes = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean sending = new AtomicBoolean(true);
        private final List<Thread> clients = new ArrayList<>();

        static Load start(String scenario, int clients) {
            Load load = new Load();
            for (int c = 0; c < clients; c++) {
                int client = c;
                Thread thread = new Thread(() -> load.run(scenario, client), "crash-client-" + scenario + "-" + c);
                thread.setDaemon(true);
                load.clients.add(thread);
                thread.start();
            }
            return load;
        }

        private void run(String scenario, int client) {
            AtomicInteger sequence = new AtomicInteger();
            while (sending.get()) {
                Write write = new Write(scenario, client, sequence.incrementAndGet());
                writes.add(write); // tracked before it is sent: a write in flight is a write
                write.first = send(write, Duration.ofSeconds(20));
            }
        }

        void stopSending() {
            sending.set(false);
        }

        void awaitClients() {
            for (Thread client : clients) {
                try {
                    client.join(Duration.ofSeconds(30).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                assertThat(client.isAlive()).as(client.getName() + " still sending after 30 s").isFalse();
            }
        }

        long count(java.util.function.Predicate<Write> which) {
            return writes.stream().filter(w -> w.first != null).filter(which).count();
        }

        List<Write> writes(java.util.function.Predicate<Write> which) {
            return writes.stream().filter(w -> w.first != null).filter(which).toList();
        }

        int size() {
            return writes.size();
        }
    }

    static Answer send(Write write, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(ledger.uri("/api/v1/plans"))
                .timeout(timeout)
                .header("Authorization", PLANNER)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", write.key)
                .POST(HttpRequest.BodyPublishers.ofString(write.body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            boolean replayed = response.headers().firstValue("Idempotent-Replayed").map("true"::equalsIgnoreCase).orElse(false);
            return new Answer(response.statusCode(), response.body(), replayed, null);
        } catch (IOException e) {
            return new Answer(-1, null, false, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, false, "interrupted");
        }
    }

    /**
     * Sends every write again with its key until its answer is definite (2xx, 4xx) or "in progress" (which, the
     * lease having run out, is itself a finding); a 5xx or no answer is asked again, all of them within 30 s.
     */
    static void retry(List<Write> writes) {
        List<Write> open = new ArrayList<>(writes);
        try {
            Poll.until("definite answers to the retries of " + open.size() + " writes", Duration.ofSeconds(30),
                    Duration.ofMillis(250), () -> {
                        for (Write write : open) {
                            write.retry = send(write, Duration.ofSeconds(10));
                        }
                        open.removeIf(w -> w.retry.success() || w.retry.refusal());
                        return open.size();
                    }, left -> left == 0);
        } catch (AssertionError notAll) {
            // the writes left open keep their last answer, which checkDefiniteRetry reports
        }
    }

    static void checkDefiniteRetry(String round, Write write, Violations violations) {
        Answer retry = write.retry;
        if (retry.inProgress()) {
            violations.add(round + ": retried with its key after the lease ran out, still 409 \"in progress\"", write.toString());
        } else if (!retry.success() && !retry.refusal()) {
            violations.add(round + ": retried with its key, no definite answer (2xx or 4xx) within 30 s", write.toString());
        }
    }

    /**
     * Every write answered 2xx shows in the read API (its plan's draft version), within the deadline. A write whose
     * events are not in the event store at all cannot show up later: it is looked at once, not waited for.
     */
    static void awaitVisible(String round, Collection<Write> done, Map<String, Long> stored, Violations violations) {
        for (Write lost : done.stream().filter(w -> !stored.containsKey(w.key)).toList()) {
            if (!visible(lost)) {
                violations.add(round + ": answered 2xx but not visible through GET /api/v1/plans/{id}?version=1", lost.toString());
            }
        }
        List<Write> remaining = new ArrayList<>(done.stream().filter(w -> stored.containsKey(w.key)).toList());
        try {
            Poll.until("acknowledged plans visible through the read API", VISIBLE_WITHIN, Duration.ofMillis(250), () -> {
                remaining.removeIf(CrashRecoveryTest::visible);
                return remaining.size();
            }, left -> left == 0);
        } catch (AssertionError notAll) {
            remaining.forEach(w -> violations.add(round + ": answered 2xx but not visible through GET /api/v1/plans/{id}?version=1 within "
                    + VISIBLE_WITHIN.toSeconds() + " s", w.toString()));
        }
    }

    static boolean visible(Write write) {
        try {
            HttpResponse<String> tree = HTTP.send(HttpRequest.newBuilder(ledger.uri("/api/v1/plans/" + write.planId + "?version=1"))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", READER).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return tree.statusCode() == 200 && tree.body().contains(write.planId);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How many stored events carry each crash test's commandId (= its Idempotency-Key). */
    static Map<String, Long> eventsPerCommandId() {
        Map<String, Long> counts = new HashMap<>();
        try (Connection db = connect(DATABASE);
             Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("select convert_from(metadata, 'UTF8')::jsonb ->> 'commandId', count(*) "
                     + "from domainevententry where convert_from(metadata, 'UTF8') like '%key-crash-%' group by 1")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the stored events", e);
        }
        return counts;
    }

    /** Terminates every PostgreSQL connection to the ledger's database; returns how many there were. */
    static int terminateLedgerConnections() throws SQLException {
        return terminateLedgerConnections(List.of());
    }

    /** Terminates the connections to the ledger's database but the test's own ({@code spare}); returns how many. */
    static int terminateLedgerConnections(List<Integer> spare) throws SQLException {
        return countSessions("count(*) filter (where pg_terminate_backend(pid))", spare);
    }

    /** How many connections to the ledger's database there are, besides the test's own ({@code spare}). */
    static int sessions(List<Integer> spare) throws SQLException {
        return countSessions("count(*)", spare);
    }

    private static int countSessions(String count, List<Integer> spare) throws SQLException {
        try (Connection db = connect("postgres");
             PreparedStatement sql = db.prepareStatement("select " + count + " from pg_stat_activity "
                     + "where datname = ? and pid <> pg_backend_pid() and not (pid = any (?))")) {
            sql.setString(1, DATABASE);
            sql.setArray(2, db.createArrayOf("integer", spare.toArray()));
            try (ResultSet row = sql.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Locks a table of the ledger's database in a transaction of {@code db}: the ledger's writes to it wait. */
    static void lock(Connection db, String table) throws SQLException {
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            sql.execute("set local lock_timeout = '5s'");
            sql.execute("lock table " + table + " in exclusive mode");
        }
    }

    /**
     * Waits until each client's write in flight waits for the table lock {@code holder} holds: every client sends one
     * write at a time, so then all writes in flight stand at the same point.
     */
    static void awaitEveryClientWaitingOn(Connection holder, String forWhat) throws SQLException {
        int holderPid = backendPid(holder);
        Poll.until("every client's write in flight waiting " + forWhat, Duration.ofSeconds(15), Duration.ofMillis(50),
                () -> waitingOn(holderPid), n -> n >= CLIENTS);
    }

    /** How many sessions of the ledger's database wait for a lock held by the session {@code holderPid}. */
    private static int waitingOn(int holderPid) throws SQLException {
        try (Connection db = connect("postgres");
             PreparedStatement sql = db.prepareStatement("select count(*) from pg_stat_activity where datname = ? "
                     + "and wait_event_type = 'Lock' and ? = any (pg_blocking_pids(pid))")) {
            sql.setString(1, DATABASE);
            sql.setInt(2, holderPid);
            try (ResultSet row = sql.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Ends the lock's transaction, if one was begun. */
    static void release(Connection db) throws SQLException {
        if (!db.getAutoCommit()) {
            db.rollback();
            db.setAutoCommit(true);
        }
    }

    static int backendPid(Connection db) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet row = sql.executeQuery("select pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), TestPostgres.USER, TestPostgres.PASSWORD);
    }

    /** The ledger process up and healthy (started again when an earlier test left it down). */
    static void running() {
        if (!ledger.alive() || !ledger.healthy()) {
            ledger.stop();
            ledger.start();
        }
    }

    static void report(String scenario, Load load, List<Write> retried, int violations) {
        Map<String, Long> firsts = new TreeMap<>(load.writes(w -> true).stream()
                .collect(Collectors.groupingBy(w -> w.first.none() ? "none" : String.valueOf(w.first.status), Collectors.counting())));
        Map<String, Long> retries = new TreeMap<>(retried.stream()
                .collect(Collectors.groupingBy(w -> w.retry.none() ? "none" : w.retry.status
                        + (w.retry.replayed() ? " replayed" : ""), Collectors.counting())));
        System.out.printf("%n[crash] %s: %d writes; first answers %s; retried %d, answers %s; %d violations%n",
                scenario, load.size(), firsts, retried.size(), retries, violations);
    }

    /** Findings per rule, so that one run reports every broken rule with examples instead of the first only. */
    static final class Violations {
        private final Map<String, List<String>> byRule = new LinkedHashMap<>();

        void add(String rule, String example) {
            byRule.computeIfAbsent(rule, r -> new ArrayList<>()).add(example);
        }

        int count() {
            return byRule.values().stream().mapToInt(List::size).sum();
        }

        void assertNone(String scenario, LedgerProcess process) {
            if (byRule.isEmpty()) {
                return;
            }
            StringBuilder message = new StringBuilder(scenario + ": " + count() + " violations (ledger log: "
                    + process.log() + ")");
            byRule.forEach((rule, examples) -> {
                message.append("\n- ").append(rule).append(": ").append(examples.size());
                examples.stream().limit(5).forEach(e -> message.append("\n    ").append(e));
            });
            fail(message.toString());
        }
    }

    /** One thread's stack out of a thread dump. */
    static String thread(String dump, String name) {
        int start = dump.indexOf(name);
        if (start < 0) {
            return "(no thread " + name + " in the dump)";
        }
        int end = dump.indexOf("\n\n", start);
        return dump.substring(start, end < 0 ? dump.length() : end);
    }

    private static String jdbcUrl(String database) {
        String url = TestPostgres.url();
        return url.substring(0, url.lastIndexOf('/') + 1) + database;
    }

    private static void admin(String statement) throws SQLException {
        try (Connection db = connect("postgres"); Statement sql = db.createStatement()) {
            sql.execute(statement);
        }
    }
}
