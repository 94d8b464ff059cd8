package se.planledger.ops.crash;

import se.planledger.ops.app.LedgerApplication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The ledger as a separate operating-system process on the test classpath, so that it can be killed with SIGKILL
 * and started again on the same database. Each start gets a free port and its own log file, ops/target/crash-*.log.
 * A JVM shutdown hook kills a process left running, should the test JVM end without {@link #stop()}.
 */
final class LedgerProcess {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final String name;
    private final List<String> arguments;
    private final Path logDirectory;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int port;
    private int starts;
    private Path log;

    /**
     * @param name      names the log files (crash-NAME-1.log, crash-NAME-2.log, ...)
     * @param arguments Spring arguments besides the port (datasource, ledger settings)
     */
    LedgerProcess(String name, List<String> arguments) {
        this.name = name;
        this.arguments = List.copyOf(arguments);
        Path target = Path.of("target");
        if (!Files.isDirectory(target) && Files.isDirectory(Path.of("ops", "target"))) {
            target = Path.of("ops", "target"); // started from the project root (an IDE) rather than the module
        }
        this.logDirectory = target;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process left = process;
            if (left != null && left.isAlive()) {
                left.destroyForcibly();
            }
        }, "kill-" + name));
    }

    /** Starts the process and waits until /actuator/health says UP. A port taken meanwhile gets another try. */
    synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the ledger process is already running (pid " + process.pid() + ")");
        }
        IllegalStateException failure = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            launch();
            try {
                awaitHealthy(STARTUP);
                return;
            } catch (IllegalStateException e) {
                failure = e;
                kill();
                if (!logText().contains("already in use")) {
                    break;
                }
            }
        }
        throw failure;
    }

    private void launch() {
        port = freePort();
        starts++;
        log = logDirectory.resolve("crash-" + name + "-" + starts + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-D" + LedgerApplication.UPDATE_CHECKER_OFF + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LedgerApplication.class.getName());
        command.add("--server.port=" + port);
        command.add("--server.address=127.0.0.1");
        command.add("--spring.main.banner-mode=off");
        command.addAll(arguments);
        try {
            Files.createDirectories(logDirectory);
            Files.writeString(log, "# " + String.join(" ", command.stream()
                    .map(part -> part.length() > 300 ? part.substring(0, 300) + "..." : part).toList()) + "\n");
            process = new ProcessBuilder(command)
                    .directory(logDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the ledger process", e);
        }
    }

    private void awaitHealthy(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the ledger process ended during start-up (exit " + process.exitValue()
                        + "); " + log + " ends with:\n" + logTail(40));
            }
            if (healthy()) {
                return;
            }
            Poll.pause(Duration.ofMillis(200));
        }
        throw new IllegalStateException("the ledger process was not UP within " + within + "; " + log
                + " ends with:\n" + logTail(40));
    }

    /** True when the process answers /actuator/health with UP. */
    boolean healthy() {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hook, no flush, no graceful close of connections. Waits until the process is gone. */
    synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
    }

    /** A graceful stop (SIGTERM), then SIGKILL when it takes too long. Safe to call when nothing runs. */
    synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitForExit(Duration.ofSeconds(20))) {
            kill();
        }
    }

    private boolean waitForExit(Duration within) {
        try {
            return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /**
     * The running process's threads (jcmd Thread.print), also written next to its log as crash-*-threads.txt; for
     * a failure message when the process hangs. Empty when there is no process or no jcmd.
     */
    synchronized String threadDump() {
        if (!alive()) {
            return "";
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return "";
        }
        try {
            Path dump = Path.of(log.toString().replaceFirst("\\.log$", "") + "-threads.txt");
            Process jstack = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(dump.toFile()).start();
            if (!jstack.waitFor(20, TimeUnit.SECONDS)) {
                jstack.destroyForcibly();
            }
            return Files.readString(dump);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    Path log() {
        return log;
    }

    String logTail(int lines) {
        List<String> all = logText().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private String logText() {
        try {
            return log == null || !Files.exists(log) ? "" : new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
