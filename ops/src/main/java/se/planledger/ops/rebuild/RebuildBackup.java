package se.planledger.ops.rebuild;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the rebuilt groups' tables and token rows, taken while their processors are stopped, so that a
 * failed rebuild can put back exactly what was there. Copies are plain tables named {@code <table>_before_rebuild}
 * (plain SQL, so it works on PostgreSQL and H2 alike); one left behind by a crash makes the next rebuild refuse
 * to start rather than overwrite it.
 */
final class RebuildBackup {

    private static final String SUFFIX = "_before_rebuild";
    private static final String TOKENS = "tokenentry";
    /** PostgreSQL cuts longer names silently, which could make two copies one. */
    private static final int MAX_NAME = 63;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final List<String> groups;
    private final List<String> tables;

    private RebuildBackup(JdbcTemplate jdbc, TransactionTemplate transaction, List<String> groups, List<String> tables) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.groups = groups;
        this.tables = tables;
    }

    /** Copies the tables and the whole token table (a few rows; only the groups' rows are put back). */
    static RebuildBackup take(JdbcTemplate jdbc, TransactionTemplate transaction, List<String> groups, List<String> tables) {
        RebuildBackup backup = new RebuildBackup(jdbc, transaction, groups, tables);
        List<String> made = new ArrayList<>();
        try {
            for (String table : backup.copied()) {
                jdbc.execute("create table " + copyOf(table) + " as select * from " + table);
                made.add(copyOf(table));
            }
        } catch (DataAccessException e) {
            made.forEach(copy -> jdbc.execute("drop table " + copy));
            throw new IllegalStateException("could not copy the tables before the rebuild, so nothing was reset: "
                    + e.getMostSpecificCause().getMessage(), e);
        }
        return backup;
    }

    /** Puts the tables and the groups' token rows back as copied, all or nothing. Their processors must be stopped. */
    void restore() {
        String marks = String.join(", ", Collections.nCopies(groups.size(), "?"));
        try {
            transaction.executeWithoutResult(status -> {
                for (String table : tables) {
                    jdbc.update("delete from " + table);
                    jdbc.update("insert into " + table + " select * from " + copyOf(table));
                }
                jdbc.update("delete from " + TOKENS + " where processorname in (" + marks + ")", groups.toArray());
                jdbc.update("insert into " + TOKENS + " select * from " + copyOf(TOKENS)
                        + " where processorname in (" + marks + ")", groups.toArray());
            });
        } catch (RuntimeException e) {
            throw new IllegalStateException("could not restore " + groups + " after a failed rebuild; the copies "
                    + copied().stream().map(RebuildBackup::copyOf).toList() + " are kept: " + e.getMessage(), e);
        }
    }

    void drop() {
        copied().forEach(table -> jdbc.execute("drop table " + copyOf(table)));
    }

    private List<String> copied() {
        return Stream.concat(tables.stream(), Stream.of(TOKENS)).toList();
    }

    private static String copyOf(String table) {
        return table.substring(0, Math.min(table.length(), MAX_NAME - SUFFIX.length())) + SUFFIX;
    }
}
