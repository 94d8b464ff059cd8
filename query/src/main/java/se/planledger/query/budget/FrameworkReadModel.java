package se.planledger.query.budget;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.budget.Reconciliation;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.budget.TableRow;
import se.planledger.domain.money.AmountUnit;
import se.planledger.domain.money.SwedishNumber;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.audit.AuditedReadModel;
import se.planledger.query.json.JsonColumn;
import se.planledger.query.version.VersionTable;
import se.planledger.query.diff.FieldChange;
import se.planledger.query.diff.JsonDiff;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Framework tables and frameworks at any (asOf, knownAt), their histories and reconciliation. */
@Component
public class FrameworkReadModel implements AuditedReadModel {

    private static final VersionTable TABLES = FrameworkProjection.TABLES;

    private final JdbcTemplate jdbc;
    private final JsonColumn json;

    public FrameworkReadModel(JdbcTemplate jdbc, JsonColumn json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every table's version in force at asOf, as known at knownAt. */
    public List<FrameworkTableView> tables(TimePoint at) {
        return jdbc.query(TABLES.inForce("true", "v.budget_year, v.table_id"), this::view,
                TABLES.arguments(at.asOf(), at.knownAt()));
    }

    /** One table's version in force, read alone. */
    public FrameworkTableView table(String tableId, TimePoint at) {
        return jdbc.query(TABLES.inForce("v.table_id = ?", "v.table_id"), this::view,
                        TABLES.arguments(at.asOf(), at.knownAt(), tableId)).stream().findFirst()
                .orElseThrow(() -> new UnknownItem("tableId", "no framework table " + tableId + " in force on "
                        + at.asOf() + " as known at " + at.knownAt()));
    }

    /** Every version of the table known at knownAt, oldest first, each with its changes against the one before. */
    public List<TableVersionChange> history(String tableId, Instant knownAt) {
        List<FrameworkTableView> versions = versions(tableId, knownAt);
        if (versions.isEmpty()) {
            throw new UnknownItem("tableId", "no framework table " + tableId + " known at " + knownAt);
        }
        List<TableVersionChange> history = new ArrayList<>();
        FrameworkTableView before = null;
        for (FrameworkTableView version : versions) {
            List<FieldChange> changes = JsonDiff.between(before == null ? null : json.treeOf(before.figures()),
                    json.treeOf(version.figures()));
            history.add(new TableVersionChange(version, changes));
            before = version;
        }
        return history;
    }

    /**
     * The frameworks of a recipient (e.g. "Vårdval primärvård") in every table in force at the time point, each
     * with its build-up and every change across the table's versions known at knownAt.
     */
    public List<FrameworkView> frameworks(String recipient, Integer year, TimePoint at) {
        List<FrameworkTableView> tables = tables(at).stream()
                .filter(table -> year == null || table.figures().year() == year).toList();
        String label = recipient(recipient, tables, year, at);
        List<FrameworkTableView> naming = tables.stream().filter(table -> rowOf(table.figures(), label).isPresent()).toList();
        if (naming.isEmpty()) {
            return List.of();
        }
        // Only the versions of the tables that name the recipient: its changes are read from those alone.
        List<Object> arguments = new ArrayList<>(naming.stream().map(FrameworkTableView::tableId).toList());
        arguments.add(Timestamp.from(at.knownAt()));
        Map<String, List<FrameworkTableView>> versionsById = new HashMap<>();
        jdbc.query(TABLES.known("v.table_id in (" + String.join(", ", Collections.nCopies(naming.size(), "?")) + ")",
                        "v.table_id, v.revision"), this::view, arguments.toArray())
                .forEach(v -> versionsById.computeIfAbsent(v.tableId(), k -> new ArrayList<>()).add(v));
        return naming.stream().map(table -> framework(table, rowOf(table.figures(), label).orElseThrow(),
                versionsById.get(table.tableId()))).toList();
    }

    /** Every recipient named in the tables in force, in name order, with the tables that name it. */
    public List<RecipientView> recipients(TimePoint at) {
        Map<String, List<String>> tablesByRecipient = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (FrameworkTableView table : tables(at)) {
            table.figures().rows().stream().filter(FrameworkReadModel::namesARecipient).forEach(row -> tablesByRecipient
                    .computeIfAbsent(row.label().trim(), k -> new ArrayList<>()).add(table.tableId()));
        }
        return tablesByRecipient.entrySet().stream().map(e -> new RecipientView(e.getKey(), e.getValue())).toList();
    }

    /**
     * The recipient a request means: the one named so, in any case, else the one whose name contains the request
     * ("primärvård" finds "Vårdval primärvård"); an unknown or ambiguous name is refused, naming the recipients.
     */
    private static String recipient(String requested, List<FrameworkTableView> tables, Integer year, TimePoint at) {
        String wanted = requested.trim().toLowerCase(Locale.ROOT);
        Set<String> names = new TreeSet<>();
        tables.forEach(table -> table.figures().rows().stream().filter(FrameworkReadModel::namesARecipient)
                .forEach(row -> names.add(row.label().trim())));
        List<String> matching = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(wanted)).toList();
        if (matching.isEmpty()) {
            matching = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(wanted)).toList();
        }
        if (matching.size() == 1) {
            return matching.get(0);
        }
        if (matching.isEmpty()) {
            throw new UnknownItem("recipient", "no framework for \"" + requested + "\"" + (year == null ? "" : " in " + year)
                    + " in force on " + at.asOf() + " as known at " + at.knownAt() + "; recipients: " + names);
        }
        throw new InvalidInput("recipient", "\"" + requested + "\" matches several recipients: " + matching + "; name one");
    }

    public List<FrameworkTableView> reconciliation(TimePoint at) {
        return tables(at).stream().filter(t -> !t.residuals().isEmpty()).toList();
    }

    /** Per table, what changed between two points in time (or the table's absence at one of them). */
    public List<TableDiff> diff(TimePoint from, TimePoint to) {
        Map<String, FrameworkTableView> before = byId(tables(from));
        Map<String, FrameworkTableView> after = byId(tables(to));
        List<TableDiff> diffs = new ArrayList<>();
        List<String> ids = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(id -> !before.containsKey(id)).forEach(ids::add);
        for (String id : ids) {
            FrameworkTableView left = before.get(id);
            FrameworkTableView right = after.get(id);
            List<FieldChange> changes = JsonDiff.between(left == null ? null : json.treeOf(left.figures()),
                    right == null ? null : json.treeOf(right.figures()));
            if (!changes.isEmpty()) {
                diffs.add(new TableDiff(id, left == null ? null : left.version(), right == null ? null : right.version(),
                        right == null ? null : right.reference(), changes));
            }
        }
        return diffs;
    }

    @Override
    public String processingGroup() {
        return FrameworkProjection.GROUP;
    }

    @Override
    public Object everythingKnownAt(Instant knownAt) {
        Map<String, Object> everything = new LinkedHashMap<>();
        List<String> ids = jdbc.queryForList("select distinct table_id from " + TABLES.table() + " where recorded_at <= ? "
                + "order by table_id", String.class, Timestamp.from(knownAt));
        for (String id : ids) {
            List<FrameworkTableView> versions = versions(id, knownAt);
            everything.put(id + "/versions", versions);
            versions.forEach(v -> everything.put(id + "/in-force-from/" + v.effectiveDate(),
                    tables(new TimePoint(v.effectiveDate(), knownAt))));
        }
        return everything;
    }

    public record TableVersionChange(FrameworkTableView version, List<FieldChange> changes) {
    }

    public record TableDiff(String tableId, Integer fromVersion, Integer toVersion, String reference,
                            List<FieldChange> changes) {
    }

    private List<FrameworkTableView> versions(String tableId, Instant knownAt) {
        return jdbc.query(TABLES.known("v.table_id = ?", "v.revision"), this::view, tableId, Timestamp.from(knownAt));
    }

    private FrameworkView framework(FrameworkTableView table, TableRow row, List<FrameworkTableView> versions) {
        TableFigures figures = table.figures();
        BigDecimal closing = figures.closingOf(row);
        List<FrameworkView.Change> changes = new ArrayList<>();
        Map<String, BigDecimal> previous = null;
        for (FrameworkTableView version : versions) {
            Map<String, BigDecimal> now = rowOf(version.figures(), row.label()).map(r -> stated(version.figures(), r))
                    .orElse(Map.of());
            if (!Objects.equals(previous, now)) {
                changes.add(new FrameworkView.Change(version.version(), previous, now, version.body(), version.reference(),
                        version.decisionDate(), version.effectiveDate(), version.recordedAt(), version.recordedBy()));
            }
            previous = now;
        }
        // The commands accept only known units; anything else stored is shown as stated, in kronor.
        AmountUnit unit = AmountUnit.of(figures.amountUnit()).orElse(AmountUnit.KR);
        return new FrameworkView(table.tableId(), figures.title(), row.label(), figures.year(), figures.amountUnit(),
                stated(figures, row), closing, closing == null ? null : unit.toKronor(closing),
                closing == null ? null : SwedishNumber.format(closing, figures.decimals()) + " " + figures.amountUnit(),
                table.version(), table.reference(), table.effectiveDate(), changes);
    }

    private static Map<String, BigDecimal> stated(TableFigures figures, TableRow row) {
        Map<String, BigDecimal> stated = new LinkedHashMap<>();
        for (int i = 0; i < figures.columns().size(); i++) {
            stated.put(figures.columns().get(i).name(), row.amounts().get(i));
        }
        return stated;
    }

    /** A row of a recipient: not the total, and not a year's line of a build-up table ("2024"). */
    private static boolean namesARecipient(TableRow row) {
        return !row.total() && !row.label().trim().matches("\\d{4}");
    }

    private static Optional<TableRow> rowOf(TableFigures figures, String recipient) {
        String wanted = recipient.trim().toLowerCase(Locale.ROOT);
        return figures.rows().stream().filter(r -> r.label().trim().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    private static Map<String, FrameworkTableView> byId(List<FrameworkTableView> tables) {
        Map<String, FrameworkTableView> byId = new LinkedHashMap<>();
        tables.forEach(t -> byId.put(t.tableId(), t));
        return byId;
    }

    private FrameworkTableView view(ResultSet rs, int n) throws SQLException {
        TableFigures figures = json.read(rs.getString("figures"), TableFigures.class);
        return new FrameworkTableView(rs.getString("table_id"), rs.getInt("revision"), figures, rs.getString("body"),
                rs.getString("reference"), rs.getObject("decision_date", LocalDate.class),
                rs.getObject(VersionTable.VALID_FROM, LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"), Reconciliation.of(figures), figures.undistributed());
    }
}
