package se.planledger.query.followup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import se.planledger.domain.followup.Fulfilment;
import se.planledger.domain.followup.PeriodOfYear;
import se.planledger.domain.followup.ReportingUnit;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.plan.item.Indicator;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.target.StatedValue;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.audit.AuditedReadModel;
import se.planledger.query.figure.StoredFigure;
import se.planledger.query.version.VersionTable;
import se.planledger.query.plan.PlanItemView;
import se.planledger.query.plan.PlanReadModel;
import se.planledger.query.plan.PlanTreeView;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The interim-report table for a plan, unit and report period: the plan as in force at asOf, outcomes and goal
 * judgements as known at knownAt. A report delivered in May is given again exactly after a correction in June.
 */
@Component
public class FollowUpReadModel implements AuditedReadModel {

    private final JdbcTemplate jdbc;
    private static final VersionTable OUTCOMES = FollowUpProjection.OUTCOMES;
    private static final VersionTable JUDGEMENTS = FollowUpProjection.JUDGEMENTS;
    private static final VersionTable STATUSES = FollowUpProjection.STATUSES;
    /** The rows of one plan's report: its year and period. */
    private static final String IN_REPORT = "v.plan_id = ? and v.report_year = ? and v.report_period = ?";

    private final PlanReadModel plans;

    public FollowUpReadModel(JdbcTemplate jdbc, PlanReadModel plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /**
     * Every plan, year, period and unit with outcomes recorded, as known at knownAt: newest year first, a year's
     * reports in the order they are reported (DÅ04, DÅ08, ÅR).
     */
    public List<InterimReportKey> reports(Instant knownAt) {
        record Found(String planId, PeriodOfYear report, String unit) {
        }
        return jdbc.query("select distinct plan_id, report_year, report_period, unit from outcome_version where recorded_at <= ?",
                        (rs, n) -> new Found(rs.getString("plan_id"), new PeriodOfYear(rs.getInt("report_year"),
                                ReportingPeriod.valueOf(rs.getString("report_period"))), rs.getString("unit")),
                        Timestamp.from(knownAt)).stream()
                .sorted(Comparator.comparing(Found::planId)
                        .thenComparing(found -> found.report().year(), Comparator.reverseOrder())
                        .thenComparing(Found::report)
                        .thenComparing(Found::unit))
                .map(found -> new InterimReportKey(found.planId(), found.report().year(), found.report().period().label(),
                        found.unit()))
                .toList();
    }

    /**
     * The units with outcomes recorded for the plan, year and period, as known at knownAt; a plan the ledger does not
     * know at knownAt is refused as unknown (an empty list would read as "a plan without outcomes").
     */
    public List<String> units(String planId, int year, ReportingPeriod period, Instant knownAt) {
        plans.requirePlan(planId, knownAt);
        return jdbc.queryForList("select distinct unit from outcome_version where plan_id = ? and report_year = ? "
                + "and report_period = ? and recorded_at <= ? order by unit", String.class, planId, year, period.name(),
                Timestamp.from(knownAt));
    }

    /** An outcome as last recorded by knownAt: its values, source and comment (the note), as an outcome file states them. */
    public record RecordedOutcome(String unit, String indicatorId, BigDecimal total, BigDecimal women, BigDecimal men,
                                  String source, String note) {
    }

    /** Every outcome of a report period as known at knownAt (its latest revision), per unit and indicator. */
    public List<RecordedOutcome> outcomes(String planId, int year, ReportingPeriod period, Instant knownAt) {
        return jdbc.query(OUTCOMES.inForce("v.plan_id = ? and v.report_year = ? and v.report_period = ?",
                        "v.unit, v.indicator_id"),
                (rs, n) -> new RecordedOutcome(rs.getString("unit"), rs.getString("indicator_id"), StoredFigure.stated(rs.getBigDecimal("total")),
                        StoredFigure.stated(rs.getBigDecimal("women")), StoredFigure.stated(rs.getBigDecimal("men")), rs.getString("source"),
                        rs.getString("comment")),
                OUTCOMES.arguments(null, knownAt, planId, year, period.name()));
    }

    /**
     * The unit a report request means: one with outcomes whose name is the requested one or contains it, in any
     * case ("länssjukvård 1" finds "Division Länssjukvård 1"). The whole region is always a unit. The plan is
     * resolved first, so an unknown plan is named as such and not as a unit without outcomes. A name no unit has is
     * unknown (404) and an ambiguous one bad input (400), both naming the units there are, rather than answered with
     * an empty report.
     */
    public String unit(String planId, String requested, int year, ReportingPeriod period, Instant knownAt) {
        return matchingUnit(requested, units(planId, year, period, knownAt),
                "plan " + planId + " has no outcomes for \"" + requested + "\" in " + year + " " + period.label());
    }

    /** The unit of those with outcomes that the request names, exactly or by a part; {@code none} says where none was. */
    private static String matchingUnit(String requested, List<String> units, String none) {
        String wanted = requested.trim().toLowerCase(Locale.ROOT);
        List<String> matching = units.stream().filter(u -> u.toLowerCase(Locale.ROOT).equals(wanted)).toList();
        if (matching.isEmpty()) {
            matching = units.stream().filter(u -> u.toLowerCase(Locale.ROOT).contains(wanted)).toList();
        }
        if (matching.size() == 1) {
            return matching.get(0);
        }
        if (ReportingUnit.WHOLE_REGION.equalsIgnoreCase(requested.trim())) {
            return ReportingUnit.WHOLE_REGION;
        }
        if (matching.isEmpty()) {
            throw new UnknownItem("unit", none + "; units with outcomes: " + units);
        }
        throw new InvalidInput("unit", "\"" + requested + "\" matches several units: " + matching + "; name one");
    }

    public InterimReportView report(String planId, String requestedUnit, int year, ReportingPeriod period, TimePoint at) {
        return reportOf(planId, unit(planId, requestedUnit, year, period, at.knownAt()), year, period, at);
    }

    /** The report of the unit as named exactly, also one with no outcomes yet (for a first outcome's form). */
    public InterimReportView reportOf(String planId, String unit, int year, ReportingPeriod period, TimePoint at) {
        PlanTreeView tree = plans.tree(planId, at);
        Map<String, Map<String, Object>> outcomes = new HashMap<>();
        jdbc.queryForList(OUTCOMES.inForce("v.plan_id = ? and v.unit = ? and v.report_year = ? and v.report_period = ?",
                        "v.indicator_id"), OUTCOMES.arguments(null, at.knownAt(), planId, unit, year, period.name()))
                .forEach(row -> outcomes.put((String) row.get("indicator_id"), row));
        Map<String, Map<String, Object>> judgements = new HashMap<>();
        jdbc.queryForList(JUDGEMENTS.inForce(IN_REPORT, "v.goal_id"),
                        JUDGEMENTS.arguments(null, at.knownAt(), planId, year, period.name()))
                .forEach(row -> judgements.put((String) row.get("goal_id"), row));
        Map<String, Map<String, Object>> statuses = new HashMap<>();
        jdbc.queryForList(STATUSES.inForce(IN_REPORT, "v.item_id"),
                        STATUSES.arguments(null, at.knownAt(), planId, year, period.name()))
                .forEach(row -> statuses.put((String) row.get("item_id"), row));
        List<InterimReportView.Perspective> perspectives = new ArrayList<>();
        int[] counts = new int[4];
        int goals = 0;
        for (PlanTreeView.PerspectiveView perspective : tree.perspectives()) {
            List<InterimReportView.Goal> goalRows = new ArrayList<>();
            for (PlanItemView goal : perspective.goals()) {
                goals++;
                Map<String, Object> judgement = judgements.get(goal.itemId());
                String fulfilment = judgement == null ? null : (String) judgement.get("fulfilment");
                // MET, PARTLY_MET, NOT_MET count by their order; NOT_ASSESSABLE and no judgement count as not judged.
                counts[fulfilment == null ? 3 : Math.min(Fulfilment.valueOf(fulfilment).ordinal(), 3)]++;
                List<InterimReportView.Factor> factors = goal.children().stream().map(factor -> new InterimReportView.Factor(
                        factor.itemId(), factor.name(), factor.children().stream()
                        .filter(i -> i.kind().equals("INDICATOR") || i.kind().equals("CONTROL_MEASURE"))
                        .map(i -> row(i, year, outcomes.get(i.itemId()))).toList(),
                        factor.children().stream().filter(i -> i.kind().equals("ACTIVITY"))
                                .map(i -> work(i, statuses.get(i.itemId()))).toList())).toList();
                goalRows.add(new InterimReportView.Goal(goal.itemId(), goal.name(), fulfilment,
                        judgement == null ? null : (String) judgement.get("narrative"), factors));
            }
            perspectives.add(new InterimReportView.Perspective(perspective.label(), goalRows));
        }
        return new InterimReportView(planId, unit, year, period.label(), at.asOf(), at.knownAt(), tree.version().version(),
                new InterimReportView.Summary(goals, counts[0], counts[1], counts[2], counts[3]), perspectives,
                tree.assignments().stream().map(a -> work(a, statuses.get(a.itemId()))).toList());
    }

    /**
     * One indicator's outcomes for a unit in every year and report period, as last recorded by knownAt, in the order
     * they were reported; each with the target of its year in the plan as in force at asOf.
     */
    public IndicatorTrendView trend(String planId, String indicatorId, String requestedUnit, TimePoint at) {
        PlanItemView item = plans.item(planId, indicatorId, at);
        String unit = matchingUnit(requestedUnit, jdbc.queryForList("select distinct unit from outcome_version "
                        + "where plan_id = ? and indicator_id = ? and recorded_at <= ? order by unit", String.class, planId,
                indicatorId, Timestamp.from(at.knownAt())), "plan " + planId + " has no outcomes of " + indicatorId
                + " for \"" + requestedUnit + "\"");
        Map<PeriodOfYear, IndicatorTrendView.ReportPoint> points = new TreeMap<>();
        jdbc.query(OUTCOMES.inForce("v.plan_id = ? and v.indicator_id = ? and v.unit = ?", "v.report_year"),
                (RowCallbackHandler) rs -> {
                    int year = rs.getInt("report_year");
                    ReportingPeriod period = ReportingPeriod.valueOf(rs.getString("report_period"));
                    Optional<StatedValue> target = item.content() instanceof Indicator indicator
                            ? indicator.targetFor(year) : Optional.empty();
                    points.put(new PeriodOfYear(year, period), new IndicatorTrendView.ReportPoint(year, period.label(),
                            StoredFigure.stated(rs.getBigDecimal("total")), StoredFigure.stated(rs.getBigDecimal("women")),
                            StoredFigure.stated(rs.getBigDecimal("men")), target.map(StatedValue::text).orElse(null),
                            target.map(t -> TargetFigure.of(t.form(), period)).orElse(null), rs.getString("fulfilment"),
                            rs.getString("trend"), rs.getInt("revision")));
                }, OUTCOMES.arguments(null, at.knownAt(), planId, indicatorId, unit));
        return new IndicatorTrendView(planId, indicatorId, item.name(),
                item.content() instanceof Indicator indicator ? indicator.unit() : null, unit, at.asOf(), at.knownAt(),
                List.copyOf(points.values()));
    }

    /** Every recorded version of one outcome up to knownAt: as first reported, then each correction with its reason. */
    public List<OutcomeVersionView> outcomeHistory(String planId, String indicatorId, String requestedUnit, int year,
                                                   ReportingPeriod period, Instant knownAt) {
        String unit = unit(planId, requestedUnit, year, period, knownAt);
        List<OutcomeVersionView> versions = jdbc.query(OUTCOMES.known("v.plan_id = ? and v.indicator_id = ? "
                        + "and v.unit = ? and v.report_year = ? and v.report_period = ?", "v.global_index"),
                (rs, n) -> new OutcomeVersionView(rs.getInt("revision"), StoredFigure.stated(rs.getBigDecimal("total")),
                        StoredFigure.stated(rs.getBigDecimal("women")), StoredFigure.stated(rs.getBigDecimal("men")),
                        StoredFigure.stated(rs.getBigDecimal("peer_value")), rs.getString("source"), rs.getString("comment"),
                        rs.getString("correction"), rs.getString("fulfilment"), rs.getString("rule"),
                        rs.getString("explanation"), rs.getString("trend"), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by")),
                planId, indicatorId, unit, year, period.name(), Timestamp.from(knownAt));
        if (versions.isEmpty()) {
            throw new UnknownItem("indicatorId", "no outcome of " + indicatorId + " for " + unit + ", " + year + " "
                    + period.label() + " known at " + knownAt);
        }
        return versions;
    }

    @Override
    public String processingGroup() {
        return FollowUpProjection.GROUP;
    }

    @Override
    public Object everythingKnownAt(Instant knownAt) {
        Map<String, Object> everything = new LinkedHashMap<>();
        jdbc.queryForList(OUTCOMES.known("true", "v.plan_id, v.unit, v.report_year, v.report_period, v.indicator_id, "
                        + "v.global_index"), Timestamp.from(knownAt)).stream()
                .map(row -> only(row, "plan_id", "unit", "report_year", "report_period", "indicator_id", "revision", "total",
                        "women", "men", "fulfilment", "rule", "trend", "correction"))
                .forEach(row -> everything.put(row.get("plan_id") + "/" + row.get("unit") + "/" + row.get("report_year") + "/"
                        + row.get("report_period") + "/" + row.get("indicator_id") + "/" + row.get("revision"), normalized(row)));
        jdbc.queryForList(STATUSES.inForce("true", "v.plan_id, v.item_id, v.report_year, v.report_period"),
                        STATUSES.arguments(null, knownAt)).stream()
                .map(row -> only(row, "plan_id", "item_id", "report_year", "report_period", "status", "comment"))
                .forEach(row -> everything.put(row.get("plan_id") + "/status/" + row.get("item_id") + "/"
                        + row.get("report_year") + "/" + row.get("report_period"), row));
        jdbc.queryForList(JUDGEMENTS.inForce("true", "v.plan_id, v.goal_id, v.report_year, v.report_period"),
                        JUDGEMENTS.arguments(null, knownAt)).stream()
                .map(row -> only(row, "plan_id", "goal_id", "report_year", "report_period", "fulfilment", "narrative"))
                .forEach(row -> everything.put(row.get("plan_id") + "/judgement/" + row.get("goal_id") + "/"
                        + row.get("report_year") + "/" + row.get("report_period"), row));
        return everything;
    }

    /** The row's columns named, in that order. */
    private static Map<String, Object> only(Map<String, Object> row, String... columns) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String column : columns) {
            out.put(column, row.get(column));
        }
        return out;
    }

    /** Numbers compared by value, whatever scale each database returns them in. */
    private static Map<String, Object> normalized(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>(row);
        out.replaceAll((k, v) -> v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v);
        return out;
    }

    private InterimReportView.Row row(PlanItemView indicator, int year, Map<String, Object> outcome) {
        return new InterimReportView.Row(indicator.itemId(), indicator.name(), target(indicator, year),
                indicator.content() instanceof Indicator planned && planned.baseline() != null ? planned.baseline().text() : null,
                outcome == null ? null : StoredFigure.stated((BigDecimal) outcome.get("total")),
                outcome == null ? null : StoredFigure.stated((BigDecimal) outcome.get("women")),
                outcome == null ? null : StoredFigure.stated((BigDecimal) outcome.get("men")),
                outcome == null ? null : (String) outcome.get("fulfilment"), outcome == null ? null : (String) outcome.get("rule"),
                outcome == null ? null : (String) outcome.get("trend"), outcome == null ? null : (String) outcome.get("comment"),
                outcome == null ? null : (String) outcome.get("correction"),
                outcome == null ? null : ((Number) outcome.get("revision")).intValue());
    }

    /** The target the outcome was judged against, by the same rule as the plan's (none for a control measure). */
    private String target(PlanItemView item, int year) {
        return item.content() instanceof Indicator indicator
                ? indicator.targetFor(year).map(StatedValue::text).orElse(null)
                : null;
    }

    private static InterimReportView.Work work(PlanItemView item, Map<String, Object> status) {
        return new InterimReportView.Work(item.itemId(), item.name(), status == null ? null : (String) status.get("status"),
                status == null ? null : (String) status.get("comment"));
    }

}
