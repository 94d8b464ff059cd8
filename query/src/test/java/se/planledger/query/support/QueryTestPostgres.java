package se.planledger.query.support;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The query tests' own PostgreSQL database for one test run: LEDGER_TEST_PG_DATABASE with "_query" appended, so it
 * never meets the application tests' database (and parallel work trees, each with its own name, never meet). It is
 * created on first use and dropped when the run ends; every test migrates a schema of its own in it.
 */
final class QueryTestPostgres implements ExtensionContext.Store.CloseableResource {

    private static final String HOST = env("LEDGER_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("LEDGER_TEST_PG_PORT", "5432");
    static final String USER = env("LEDGER_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("LEDGER_TEST_PG_PASSWORD", "");
    private static final String DATABASE = env("LEDGER_TEST_PG_DATABASE", "planledger_test") + "_query";

    private final AtomicInteger schemas = new AtomicInteger();
    private final String unavailable;

    QueryTestPostgres() {
        unavailable = recreate();
        if (unavailable != null && !required()) {
            System.err.println("""

                    ************************************************************************
                    *  SKIPPING THE QUERY TESTS ON POSTGRESQL: %s
                    *  The read models were checked on H2 only. Start PostgreSQL to run them.
                    ************************************************************************
                    """.formatted(unavailable));
        }
    }

    /** CI must prove the read side on PostgreSQL: there a missing server fails the run instead of skipping. */
    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "true".equalsIgnoreCase(System.getenv("LEDGER_TEST_REQUIRE_POSTGRES"));
    }

    /** Why the database cannot be used, or null when it can. */
    String unavailable() {
        return unavailable;
    }

    /** A new, empty schema for one test, and the URL whose connections work in it. */
    String freshSchemaUrl() {
        String schema = "query_test_" + schemas.incrementAndGet();
        execute(url(DATABASE), "create schema " + schema);
        return url(DATABASE) + "?currentSchema=" + schema;
    }

    @Override
    public void close() {
        if (unavailable == null) {
            execute(url("postgres"), "drop database if exists " + DATABASE + " with (force)");
        }
    }

    private static String recreate() {
        try {
            execute(url("postgres"), "drop database if exists " + DATABASE + " with (force)");
            execute(url("postgres"), "create database " + DATABASE);
            return null;
        } catch (IllegalStateException e) {
            return "PostgreSQL at " + HOST + ":" + PORT + " cannot be reached as " + USER + ": " + e.getCause().getMessage();
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + url, e);
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
