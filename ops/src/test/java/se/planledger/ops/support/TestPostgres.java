package se.planledger.ops.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * The tests' own PostgreSQL database, created afresh once per test run. Server and credentials come from
 * LEDGER_TEST_PG_HOST/PORT/USER/PASSWORD (default 127.0.0.1:5432, postgres, trust auth as on the CI machine).
 */
public final class TestPostgres {

    /** Own database per checkout (LEDGER_TEST_PG_DATABASE) lets test runs of parallel work trees not collide. */
    public static final String DATABASE = env("LEDGER_TEST_PG_DATABASE", "planledger_test");
    private static final String HOST = env("LEDGER_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("LEDGER_TEST_PG_PORT", "5432");
    public static final String USER = env("LEDGER_TEST_PG_USER", "postgres");
    public static final String PASSWORD = env("LEDGER_TEST_PG_PASSWORD", "");

    private static final Set<String> FRESH = new HashSet<>();
    private static Boolean created;
    private static String failure;

    private TestPostgres() {
    }

    public static String url() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + DATABASE;
    }

    /** True when the database exists (creating it on first call); otherwise {@link #failure()} says why. */
    public static synchronized boolean available() {
        if (created == null) {
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres",
                    USER, PASSWORD); Statement sql = admin.createStatement()) {
                sql.execute("drop database if exists " + DATABASE + " with (force)");
                sql.execute("create database " + DATABASE);
                created = true;
            } catch (SQLException e) {
                created = false;
                failure = "PostgreSQL at " + HOST + ":" + PORT + " cannot be reached as " + USER + ": " + e.getMessage();
            }
        }
        return created;
    }

    /**
     * A database of its own, created afresh, for a test whose faults must not reach the shared one (a projection
     * stopped on purpose, a crashed process): the tests' database name with {@code suffix} appended.
     */
    /** Points the application under test at a fresh database of its own (see {@link #freshDatabase}). */
    public static void useFreshDatabase(DynamicPropertyRegistry registry, String suffix) {
        registry.add("spring.datasource.url", () -> freshDatabase(suffix));
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    /** A fresh database of its own (see {@link #freshDatabase}) and no demo data: for a test of the ledger's settings. */
    public static void useFreshEmptyLedger(DynamicPropertyRegistry registry, String suffix) {
        useFreshDatabase(registry, suffix);
        registry.add("ledger.demo-data.enabled", () -> "false");
    }

    public static synchronized String freshDatabase(String suffix) {
        String name = DATABASE + "_" + suffix;
        if (!FRESH.add(name)) {
            return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name; // created already in this test run
        }
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres",
                USER, PASSWORD); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name, e);
        }
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    public static String failure() {
        return failure;
    }

    /** CI must prove storage on PostgreSQL: there a missing server fails the run instead of skipping. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || "true".equalsIgnoreCase(System.getenv("LEDGER_TEST_REQUIRE_POSTGRES"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
