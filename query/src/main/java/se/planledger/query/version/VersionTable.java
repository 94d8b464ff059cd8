package se.planledger.query.version;

import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.query.time.Recorded;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One table of versions, kept the same way in every area. A row is one version of one thing: the thing's key
 * columns, its place among the thing's versions (an {@code order} column taken from the event: the revision the event
 * states, or the event's global index where the event states none), the date it is in force from ({@code valid_from},
 * where the area has a valid time) and who recorded it when ({@code recorded_at}, {@code recorded_by}). Rows are only
 * ever added, so any earlier answer can be given again.
 *
 * <p>"The version in force at (asOf, knownAt)" is, per key, the row with the highest order among those in force by
 * asOf and recorded by knownAt: one SQL query here, for every area, answered from the index on key and order.
 */
public final class VersionTable {

    public static final String VALID_FROM = "valid_from";
    public static final String RECORDED_AT = "recorded_at";
    public static final String RECORDED_BY = "recorded_by";

    private final String table;
    private final List<String> key;
    private final String order;
    private final String validBy;
    private final boolean numbered;
    private final String also;
    private final boolean countedFromOne;

    private VersionTable(String table, List<String> key, String order, String validBy, boolean numbered, String also,
            boolean countedFromOne) {
        this.table = table;
        this.key = List.copyOf(key);
        this.order = order;
        this.validBy = validBy;
        this.numbered = numbered;
        this.also = also;
        this.countedFromOne = countedFromOne;
    }

    /** Versions of the thing named by {@code key}, ordered by {@code order}, in force from {@code valid_from}. */
    public static VersionTable of(String table, String order, String... key) {
        return new VersionTable(table, Arrays.asList(key), order, VALID_FROM, false, null, false);
    }

    /** The same table without a valid time of its own: versions are in force from when they are recorded. */
    public VersionTable recordedOnly() {
        return new VersionTable(table, key, order, null, numbered, also, countedFromOne);
    }

    /** The same table, in force by another column than a date (a plan item by the plan version it belongs to). */
    public VersionTable validBy(String column) {
        return new VersionTable(table, key, order, column, numbered, also, countedFromOne);
    }

    /**
     * The same table ordered by the event's global index, its rows read with their revision (1, 2, …): how many
     * versions of the thing there are up to this one.
     */
    public VersionTable numbered() {
        return new VersionTable(table, key, order, validBy, true, also, countedFromOne);
    }

    /** The same table, its rows read with one more column ("(select …) as board"), over columns of {@code v}. */
    public VersionTable selecting(String column) {
        return new VersionTable(table, key, order, validBy, numbered, column, countedFromOne);
    }

    /**
     * The same table, its order a revision every thing counts from 1: each thing is found by its first row, and its
     * version in force looked up once per thing through the index on key and order, so a read costs the same however
     * many revisions its things have. The where clause of {@link #inForce} may then name key columns only (it picks
     * the things, and every version of a thing has the same key).
     */
    public VersionTable countedFromOne() {
        return new VersionTable(table, key, order, validBy, numbered, also, true);
    }

    public String table() {
        return table;
    }

    /**
     * Each thing's version in force, among the rows matching {@code where} (over columns of {@code v}, "true" for
     * all), in {@code orderBy}. Its arguments come from {@link #arguments}.
     */
    public String inForce(String where, String orderBy) {
        String valid = validBy == null ? "" : " and x." + validBy + " <= ?";
        String latest = "(select max(x." + order + ") from " + table + " x where " + sameThing("x") + valid + " and x."
                + RECORDED_AT + " <= ?)";
        if (!countedFromOne) {
            return "select " + columns() + " from " + table + " v where (" + where + ") and v." + order + " = " + latest
                    + " order by " + orderBy;
        }
        String keys = key.stream().map(k -> "v." + k).collect(Collectors.joining(", "));
        String found = key.stream().map(k -> "v." + k + " = f." + k).collect(Collectors.joining(" and "));
        return "select " + columns() + " from (select " + keys + ", " + latest + " as in_force from " + table + " v where ("
                + where + ") and v." + order + " = 1) f join " + table + " v on " + found + " and v." + order
                + " = f.in_force order by " + orderBy;
    }

    /**
     * The arguments of {@link #inForce}, in the order its SQL takes them: the where clause's, then the valid-time bound
     * (unless recorded only) and knownAt; the bounds first where the table is {@link #countedFromOne counted from 1}.
     */
    public Object[] arguments(Object validBound, Instant knownAt, Object... whereArguments) {
        List<Object> bounds = new ArrayList<>();
        if (validBy != null) {
            bounds.add(validBound);
        }
        bounds.add(Timestamp.from(knownAt));
        List<Object> all = new ArrayList<>(countedFromOne ? bounds : Arrays.asList(whereArguments));
        all.addAll(countedFromOne ? Arrays.asList(whereArguments) : bounds);
        return all.toArray();
    }

    /** Every version of the things matching {@code where} recorded by knownAt (its last argument), for histories. */
    public String known(String where, String orderBy) {
        return "select " + columns() + " from " + table + " v where (" + where + ") and v." + RECORDED_AT + " <= ? order by "
                + orderBy;
    }

    private String columns() {
        String columns = "v.*";
        if (numbered) {
            columns += ", (select count(*) from " + table + " y where " + sameThing("y") + " and y." + order + " <= v."
                    + order + ") as revision";
        }
        return also == null ? columns : columns + ", " + also;
    }

    private String sameThing(String other) {
        return key.stream().map(k -> other + "." + k + " = v." + k).collect(Collectors.joining(" and "));
    }

    /** The dates any version came into force on, as known at knownAt: where answers can change. */
    public List<LocalDate> validDates(JdbcTemplate jdbc, Instant knownAt) {
        return jdbc.queryForList("select distinct " + VALID_FROM + " from " + table + " where " + RECORDED_AT
                + " <= ? order by 1", LocalDate.class, Timestamp.from(knownAt));
    }

    /** The thing's latest version as recorded, column by column: what its next version is written from. */
    public Map<String, Object> latest(JdbcTemplate jdbc, Object... keyValues) {
        String sameThing = key.stream().map(k -> k + " = ?").collect(Collectors.joining(" and "));
        return jdbc.queryForMap("select * from " + table + " where " + sameThing + " order by " + order + " desc limit 1",
                keyValues);
    }

    /** Adds a version row, column by column, with who recorded it when. */
    public void insert(JdbcTemplate jdbc, Map<String, Object> row, Recorded recorded) {
        Map<String, Object> columns = new LinkedHashMap<>(row);
        columns.put(RECORDED_AT, recorded.timestamp());
        columns.put(RECORDED_BY, recorded.by());
        jdbc.update("insert into " + table + " (" + String.join(", ", columns.keySet()) + ") values ("
                + columns.keySet().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")",
                columns.values().toArray());
    }
}
