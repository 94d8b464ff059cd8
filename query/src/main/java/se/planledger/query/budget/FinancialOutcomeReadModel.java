package se.planledger.query.budget;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.audit.AuditedReadModel;
import se.planledger.query.figure.StoredFigure;
import se.planledger.query.version.VersionTable;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Units' financial follow-up per year at any (asOf, knownAt): results against targets, forecast revisions. */
@Component
public class FinancialOutcomeReadModel implements AuditedReadModel {

    private static final VersionTable REPORTS = FinancialOutcomeProjection.REPORTS;

    private final JdbcTemplate jdbc;

    public FinancialOutcomeReadModel(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<FinancialOutcomeView> year(int year, TimePoint at) {
        List<Map<String, Object>> rows = jdbc.queryForList(REPORTS.inForce("v.report_year = ? and v.valid_from <= ?",
                "v.follow_up_id, v.valid_from"), REPORTS.arguments(null, at.knownAt(), year, at.asOf()));
        Map<String, List<Map<String, Object>>> byUnit = new LinkedHashMap<>();
        rows.forEach(r -> byUnit.computeIfAbsent((String) r.get("follow_up_id"), k -> new ArrayList<>()).add(r));
        List<FinancialOutcomeView> views = new ArrayList<>();
        byUnit.forEach((id, reports) -> {
            List<FinancialOutcomeView.PeriodReport> out = new ArrayList<>();
            BigDecimal previousForecast = null;
            for (Map<String, Object> r : reports) {
                BigDecimal result = figure(r, "period_result");
                BigDecimal target = figure(r, "period_target");
                BigDecimal forecast = figure(r, "annual_forecast");
                BigDecimal annualTarget = figure(r, "annual_target");
                out.add(new FinancialOutcomeView.PeriodReport(ReportingPeriod.valueOf((String) r.get("report_period")), ((Number) r.get("revision")).intValue(),
                        result, target, minus(result, target), forecast, annualTarget,
                        minus(forecast, annualTarget), minus(forecast, previousForecast),
                        (String) r.get("amount_unit"), (String) r.get("source"), (String) r.get("correction"),
                        instant(r.get("recorded_at")), (String) r.get("recorded_by")));
                previousForecast = forecast == null ? previousForecast : forecast;
            }
            views.add(new FinancialOutcomeView(id, (String) reports.get(0).get("unit"), year, out));
        });
        return views;
    }

    /** Every recorded figure of a unit's year up to knownAt, corrections included, in the order recorded. */
    public List<FinancialOutcomeView.PeriodReport> history(String followUpId, Instant knownAt) {
        List<FinancialOutcomeView.PeriodReport> rows = jdbc.query(REPORTS.known("v.follow_up_id = ?",
                        "v.recorded_at, v.report_period, v.global_index"),
                (rs, n) -> {
                    BigDecimal result = StoredFigure.stated(rs.getBigDecimal("period_result"));
                    BigDecimal target = StoredFigure.stated(rs.getBigDecimal("period_target"));
                    BigDecimal forecast = StoredFigure.stated(rs.getBigDecimal("annual_forecast"));
                    BigDecimal annualTarget = StoredFigure.stated(rs.getBigDecimal("annual_target"));
                    return new FinancialOutcomeView.PeriodReport(ReportingPeriod.valueOf(rs.getString("report_period")),
                            rs.getInt("revision"), result, target, minus(result, target), forecast, annualTarget,
                            minus(forecast, annualTarget), null, rs.getString("amount_unit"), rs.getString("source"),
                            rs.getString("correction"), rs.getTimestamp("recorded_at").toInstant(),
                            rs.getString("recorded_by"));
                },
                followUpId, Timestamp.from(knownAt));
        if (rows.isEmpty()) {
            throw new UnknownItem("followUpId", "no financial follow-up " + followUpId + " known at " + knownAt);
        }
        return rows;
    }

    /** Every version of one report of a unit's year up to knownAt, in the order recorded: the last is its revision. */
    public List<FinancialOutcomeView.PeriodReport> history(String followUpId, ReportingPeriod period, Instant knownAt) {
        List<FinancialOutcomeView.PeriodReport> versions = history(followUpId, knownAt).stream()
                .filter(r -> r.period() == period).toList();
        if (versions.isEmpty()) {
            throw new UnknownItem("period", "no " + period.label() + " report in financial follow-up " + followUpId
                    + " known at " + knownAt);
        }
        return versions;
    }

    @Override
    public String processingGroup() {
        return FinancialOutcomeProjection.GROUP;
    }

    @Override
    public Object everythingKnownAt(Instant knownAt) {
        Map<String, Object> everything = new LinkedHashMap<>();
        jdbc.queryForList("select distinct report_year from " + REPORTS.table() + " where recorded_at <= ? order by 1",
                        Integer.class, Timestamp.from(knownAt))
                .forEach(year -> everything.put("year/" + year, year(year, new TimePoint(LocalDate.of(year, 12, 31), knownAt))));
        return everything;
    }

    /** PostgreSQL's driver gives a Timestamp for timestamptz, H2's an OffsetDateTime. */
    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : ((Timestamp) value).toInstant();
    }

    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    private static BigDecimal figure(Map<String, Object> row, String column) {
        return StoredFigure.stated((BigDecimal) row.get(column));
    }
}
