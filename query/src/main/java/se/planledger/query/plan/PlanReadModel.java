package se.planledger.query.plan;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import se.planledger.domain.plan.Perspective;
import se.planledger.domain.plan.item.ItemContent;
import se.planledger.domain.plan.item.ItemKind;
import se.planledger.domain.plan.item.StrategicGoal;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.audit.AuditedReadModel;
import se.planledger.query.diff.FieldChange;
import se.planledger.query.diff.JsonDiff;
import se.planledger.query.json.JsonColumn;
import se.planledger.query.version.VersionTable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Answers plan questions at any (asOf, knownAt) from the stored versions; never by replaying events. */
@Component
public class PlanReadModel implements AuditedReadModel {

    private static final VersionTable ITEMS = PlanProjection.ITEMS;
    private static final VersionTable VERSIONS = PlanProjection.VERSIONS;
    private static final VersionTable DECISIONS = PlanProjection.DECISIONS;

    private final JdbcTemplate jdbc;
    private final JsonColumn json;

    public PlanReadModel(JdbcTemplate jdbc, JsonColumn json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String processingGroup() {
        return PlanProjection.GROUP;
    }

    /** Per plan: its versions, and its tree as in force from each decided version's effective date. */
    @Override
    public Object everythingKnownAt(Instant knownAt) {
        Map<String, Object> everything = new LinkedHashMap<>();
        for (PlanSummaryView plan : plans(knownAt)) {
            List<PlanVersionView> versions = versions(plan.planId(), knownAt);
            everything.put(plan.planId() + "/versions", versions);
            versions.stream().filter(PlanVersionView::decided).forEach(v -> everything.put(
                    plan.planId() + "/in-force-from/" + v.effectiveDate(),
                    tree(plan.planId(), new TimePoint(v.effectiveDate(), knownAt))));
        }
        return everything;
    }

    public List<PlanSummaryView> plans(Instant knownAt) {
        return jdbc.query("select * from " + PlanProjection.PLANS + " where recorded_at <= ? order by plan_id", this::plan,
                Timestamp.from(knownAt));
    }

    /**
     * Every version of the plan known at {@code knownAt}, drafts included, oldest first: each with its decision where
     * that was recorded by knownAt too (a version decided later is a draft as known before).
     */
    public List<PlanVersionView> versions(String planId, Instant knownAt) {
        return known(planId, knownAt).versions();
    }

    /** A plan as known at knownAt with its versions, drafts included, oldest first. */
    private record Known(PlanSummaryView plan, List<PlanVersionView> versions) {
    }

    /**
     * The plan and its versions as known at knownAt, each version with its decision where that was recorded by then,
     * in one read: every tree and item starts from it. A plan not drafted by then is unknown.
     */
    private Known known(String planId, Instant knownAt) {
        Timestamp known = Timestamp.from(knownAt);
        List<PlanSummaryView> plan = new ArrayList<>(1);
        List<PlanVersionView> versions = new ArrayList<>();
        jdbc.query("select p.*, v.version, v.recorded_at as opened_at, v.recorded_by as opened_by, d.body, d.reference, "
                        + "d.decision_date, d.valid_from as effective_date, d.recorded_at as decided_at, "
                        + "d.recorded_by as decided_by from " + PlanProjection.PLANS + " p left join " + VERSIONS.table()
                        + " v on v.plan_id = p.plan_id and v.recorded_at <= ? left join " + DECISIONS.table()
                        + " d on d.plan_id = v.plan_id and d.version = v.version and d.recorded_at <= ? "
                        + "where p.plan_id = ? and p.recorded_at <= ? order by v.version",
                (RowCallbackHandler) rs -> {
                    if (plan.isEmpty()) {
                        plan.add(plan(rs, 0));
                    }
                    if (rs.getObject("version") != null) {
                        versions.add(version(rs, 0));
                    }
                }, known, known, planId, known);
        if (plan.isEmpty()) {
            throw new UnknownItem("planId", "no plan " + planId + " known at " + knownAt);
        }
        return new Known(plan.get(0), versions);
    }

    /** The tree in force at asOf as known at knownAt: two reads (the plan with its versions, the items in force). */
    public PlanTreeView tree(String planId, TimePoint at) {
        Known known = known(planId, at.knownAt());
        return tree(known.plan(), at, inForce(planId, at, known.versions()), known.versions());
    }

    /** The tree of a given version (a draft too), as known at knownAt. */
    public PlanTreeView treeOfVersion(String planId, int version, TimePoint at) {
        Known known = known(planId, at.knownAt());
        List<PlanVersionView> versions = known.versions();
        PlanVersionView chosen = versions.stream()
                .filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new UnknownItem("version", "plan " + planId + " has no version " + version
                        + " known at " + at.knownAt()));
        return tree(known.plan(), at, chosen, versions);
    }

    /** One item, read alone: its version in force and the date that version took effect. */
    public PlanItemView item(String planId, String itemId, TimePoint at) {
        List<PlanVersionView> versions = versions(planId, at.knownAt());
        PlanVersionView version = inForce(planId, at, versions);
        return jdbc.query(ITEMS.inForce("v.plan_id = ? and v.item_id = ?", "v.item_id"), this::row,
                        ITEMS.arguments(version.version(), at.knownAt(), planId, itemId)).stream()
                .filter(r -> !r.retired())
                .findFirst()
                .map(r -> r.withValidFrom(validFrom(versions).get(r.planVersion())).toView(List.of()))
                .orElseThrow(() -> new UnknownItem("itemId", "plan " + planId + " had no item " + itemId
                        + " in force on " + at.asOf() + " as known at " + at.knownAt()));
    }

    /**
     * Every recorded revision of the item up to knownAt, oldest first: field-level changes against the revision
     * before, and the plan version and decision each belongs to.
     */
    public List<PlanItemChangeView> history(String planId, String itemId, Instant knownAt) {
        List<Row> rows = jdbc.query(ITEMS.known("v.plan_id = ? and v.item_id = ?", "v.revision"), this::row, planId, itemId,
                Timestamp.from(knownAt));
        if (rows.isEmpty()) {
            throw new UnknownItem("itemId", "plan " + planId + " has no item " + itemId + " known at " + knownAt);
        }
        Map<Integer, PlanVersionView> versions = new LinkedHashMap<>();
        versions(planId, knownAt).forEach(v -> versions.put(v.version(), v));
        List<PlanItemChangeView> history = new ArrayList<>();
        JsonNode before = null;
        for (Row row : rows) {
            JsonNode content = json.treeOf(row.content());
            PlanVersionView version = versions.get(row.planVersion());
            history.add(new PlanItemChangeView(row.revision(), row.planVersion(),
                    version == null ? null : version.effectiveDate(), row.recordedAt(), row.recordedBy(), row.retired(),
                    row.retiredFor(), PlanItemChangeView.Decision.of(version), JsonDiff.between(before, content)));
            before = content;
        }
        return history;
    }

    /**
     * The difference between two states of the plan, each a time point or a plan version (as known at that
     * point's knownAt), for the whole plan or the subtree under {@code subtree}.
     */
    public PlanDiffView diff(String planId, TimePoint from, Integer fromVersion, TimePoint to, Integer toVersion,
                             String subtree) {
        PlanTreeView before = side("from", () -> fromVersion == null ? tree(planId, from) : treeOfVersion(planId, fromVersion, from));
        PlanTreeView after = side("to", () -> toVersion == null ? tree(planId, to) : treeOfVersion(planId, toVersion, to));
        Map<String, PlanItemView> left = flatten(before, subtree);
        Map<String, PlanItemView> right = flatten(after, subtree);
        List<PlanDiffView.ItemSummary> added = right.values().stream().filter(i -> !left.containsKey(i.itemId()))
                .map(PlanReadModel::summary).toList();
        List<PlanDiffView.ItemSummary> removed = left.values().stream().filter(i -> !right.containsKey(i.itemId()))
                .map(PlanReadModel::summary).toList();
        List<PlanDiffView.ChangedItem> changed = new ArrayList<>();
        for (PlanItemView item : right.values()) {
            PlanItemView old = left.get(item.itemId());
            if (old != null) {
                List<FieldChange> changes = JsonDiff.between(json.treeOf(old.content()), json.treeOf(item.content()));
                if (!changes.isEmpty()) {
                    changed.add(new PlanDiffView.ChangedItem(item.itemId(), item.kind(), item.name(),
                            changes));
                }
            }
        }
        return new PlanDiffView(planId, point(from, fromVersion, before), point(to, toVersion, after), subtree,
                added, removed, changed);
    }

    /** A side of a diff that does not exist is refused naming that side's parameter ("fromVersion", "toAsOf"). */
    private static PlanTreeView side(String side, Supplier<PlanTreeView> tree) {
        try {
            return tree.get();
        } catch (UnknownItem e) {
            if (!List.of("version", "asOf", "knownAt").contains(e.field())) {
                throw e;
            }
            throw new UnknownItem(side + Character.toUpperCase(e.field().charAt(0)) + e.field().substring(1), e.reason());
        }
    }

    private static PlanDiffView.Point point(TimePoint at, Integer requested, PlanTreeView tree) {
        return new PlanDiffView.Point(at.asOf(), at.knownAt(), requested, tree.version().version(),
                tree.version().reference());
    }

    private static PlanDiffView.ItemSummary summary(PlanItemView item) {
        return new PlanDiffView.ItemSummary(item.itemId(), item.kind(), item.name(), item.parentId());
    }

    /** Every item of the tree (or of the subtree rooted at {@code root}) by id, in tree order. */
    private static Map<String, PlanItemView> flatten(PlanTreeView tree, String root) {
        Map<String, PlanItemView> all = new LinkedHashMap<>();
        List<PlanItemView> top = new ArrayList<>();
        tree.perspectives().forEach(p -> top.addAll(p.goals()));
        top.addAll(tree.assignments());
        top.addAll(tree.strategies());
        top.forEach(item -> collect(item, root == null, root, all));
        return all;
    }

    private static void collect(PlanItemView item, boolean inside, String root, Map<String, PlanItemView> all) {
        boolean here = inside || item.itemId().equals(root);
        if (here) {
            all.put(item.itemId(), item);
        }
        item.children().forEach(child -> collect(child, here, root, all));
    }

    /** The decided version in force at asOf, among the plan's versions as known at knownAt: the latest in effect. */
    private static PlanVersionView inForce(String planId, TimePoint at, List<PlanVersionView> versions) {
        return versions.stream()
                .filter(v -> v.decided() && !v.effectiveDate().isAfter(at.asOf()))
                .reduce((earlier, later) -> later)
                .orElseThrow(() -> new UnknownItem("asOf", "no version of plan " + planId + " was in force on "
                        + at.asOf() + " as known at " + at.knownAt()));
    }

    /** The plan as known at knownAt; one not drafted by then is unknown (a 404 naming {@code planId}). */
    public PlanSummaryView requirePlan(String planId, Instant knownAt) {
        return known(planId, knownAt).plan();
    }

    private PlanTreeView tree(PlanSummaryView plan, TimePoint at, PlanVersionView version, List<PlanVersionView> versions) {
        Map<Integer, LocalDate> validFrom = validFrom(versions);
        List<Row> rows = itemRows(plan.planId(), version, at).stream()
                .map(r -> r.withValidFrom(validFrom.get(r.planVersion())))
                .filter(r -> !r.retired())
                .toList();
        Map<String, List<Row>> byParent = new LinkedHashMap<>();
        rows.forEach(r -> byParent.computeIfAbsent(r.parentId() == null ? "" : r.parentId(), k -> new ArrayList<>()).add(r));
        List<PlanItemView> top = byParent.getOrDefault("", List.of()).stream().map(r -> view(r, byParent)).toList();
        List<PlanTreeView.PerspectiveView> perspectives = Arrays.stream(Perspective.values())
                .map(p -> new PlanTreeView.PerspectiveView(p.name(), p.label(), top.stream()
                        .filter(i -> i.content() instanceof StrategicGoal goal && goal.perspective() == p)
                        .toList()))
                .toList();
        return new PlanTreeView(plan.planId(), plan.title(), plan.board(), plan.firstYear(), plan.lastYear(),
                at.asOf(), at.knownAt(), version, perspectives, ofKind(top, ItemKind.ASSIGNMENT), ofKind(top, ItemKind.STRATEGY));
    }

    private static List<PlanItemView> ofKind(List<PlanItemView> items, ItemKind kind) {
        return items.stream().filter(i -> i.kind().equals(kind.name())).toList();
    }

    private PlanItemView view(Row row, Map<String, List<Row>> byParent) {
        List<PlanItemView> children = byParent.getOrDefault(row.itemId(), List.of()).stream()
                .map(child -> view(child, byParent)).toList();
        return row.toView(children);
    }

    /** Rows in natural item-id order, so the tree reads in document order ("G1.F2" before "G1.F10"). */
    private List<Row> itemRows(String planId, PlanVersionView version, TimePoint at) {
        return jdbc.query(ITEMS.inForce("v.plan_id = ?", "v.item_id"), this::row,
                        ITEMS.arguments(version.version(), at.knownAt(), planId))
                .stream().sorted(Comparator.comparing(Row::itemId, NaturalOrder.INSTANCE)).toList();
    }

    /** The date each decided version of the plan took effect, as known at knownAt. */
    private static Map<Integer, LocalDate> validFrom(List<PlanVersionView> versions) {
        Map<Integer, LocalDate> validFrom = new HashMap<>();
        versions.stream().filter(PlanVersionView::decided)
                .forEach(v -> validFrom.put(v.version(), v.effectiveDate()));
        return validFrom;
    }

    private PlanSummaryView plan(ResultSet rs, int n) throws SQLException {
        return new PlanSummaryView(rs.getString("plan_id"), rs.getString("title"), rs.getString("board"),
                rs.getInt("first_year"), rs.getInt("last_year"), instant(rs, "recorded_at"));
    }

    private PlanVersionView version(ResultSet rs, int n) throws SQLException {
        return new PlanVersionView(rs.getString("plan_id"), rs.getInt("version"), instant(rs, "opened_at"),
                rs.getString("opened_by"), rs.getString("body"), rs.getString("reference"),
                rs.getObject("decision_date", LocalDate.class),
                rs.getObject("effective_date", LocalDate.class), instant(rs, "decided_at"), rs.getString("decided_by"));
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("item_id"), rs.getString("kind"), rs.getString("parent_id"),
                rs.getLong("revision"), rs.getInt("plan_version"), null, instant(rs, "recorded_at"),
                rs.getString("recorded_by"), rs.getBoolean("retired"), rs.getString("reason"),
                json.readKept(rs.getString("content"), ItemContent.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private record Row(String itemId, String kind, String parentId, long revision, int planVersion,
                       LocalDate validFrom, Instant recordedAt, String recordedBy, boolean retired, String retiredFor,
                       ItemContent content) {

        Row withValidFrom(LocalDate date) {
            return new Row(itemId, kind, parentId, revision, planVersion, date, recordedAt, recordedBy, retired,
                    retiredFor, content);
        }

        PlanItemView toView(List<PlanItemView> children) {
            return new PlanItemView(itemId, kind, parentId, revision, planVersion, validFrom, recordedAt, recordedBy,
                    retired, retiredFor, content, children);
        }
    }
}
