package se.planledger.query.risk;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.risk.RiskDescription;
import se.planledger.domain.risk.RiskScale;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.audit.AuditedReadModel;
import se.planledger.query.filter.KnownValue;
import se.planledger.query.json.JsonColumn;
import se.planledger.query.version.VersionTable;
import se.planledger.query.diff.FieldChange;
import se.planledger.query.diff.JsonDiff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Risk registers and the heatmap at any (asOf, knownAt); histories of each risk. */
@Component
public class RiskReadModel implements AuditedReadModel {

    /** A register's board, which its scales state. */
    private static final String BOARD = "(select max(s.board) from risk_scale_version s where s.register_id = v.register_id)";
    private static final VersionTable RISKS = RiskProjection.RISKS.selecting(BOARD + " as board");

    /** The band filter for every risk that needs measures, whatever its band is called. */
    static final String MEASURES = "measures";

    private final JdbcTemplate jdbc;
    private final JsonColumn json;

    public RiskReadModel(JdbcTemplate jdbc, JsonColumn json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The open risks as assessed by asOf and known at knownAt, filtered by board, perspective and band (any may be null). */
    public List<RiskView> register(TimePoint at, String board, String perspective, String band) {
        StringBuilder where = new StringBuilder("v.closed = false");
        List<Object> arguments = new ArrayList<>();
        if (board != null) {
            where.append(" and upper(").append(BOARD).append(") = upper(?)");
            arguments.add(board);
        }
        if (perspective != null) {
            where.append(" and upper(v.perspective) = upper(?)");
            arguments.add(perspective);
        }
        if (band != null && band.equalsIgnoreCase(MEASURES)) {
            where.append(" and (v.needs_measures = true or upper(v.band) = upper(?))");
            arguments.add(band);
        } else if (band != null) {
            where.append(" and upper(v.band) = upper(?)");
            arguments.add(band);
        }
        return jdbc.query(RISKS.inForce(where.toString(), "v.register_id, v.risk_id"), this::risk, RISKS.arguments(at.asOf(), at.knownAt(), arguments.toArray()));
    }

    /**
     * The filters checked against what the ledger has recorded (the boards with a register, the perspectives the
     * assessments state, the bands of every scale and "measures"), in the ledger's spelling; an unknown one is refused.
     */
    public RiskFilter filter(String board, String perspective, String band) {
        List<String> boards = jdbc.queryForList("select distinct board from risk_scale_version order by board", String.class);
        List<String> perspectives = jdbc.queryForList("select distinct perspective from risk_version "
                + "where perspective is not null order by perspective", String.class);
        TreeSet<String> bands = new TreeSet<>();
        jdbc.queryForList("select scale from risk_scale_version", String.class)
                .forEach(scale -> json.readKept(scale, RiskScale.class).bands().forEach(b -> bands.add(b.name())));
        bands.add(MEASURES);
        return new RiskFilter(KnownValue.of("board", board, boards), KnownValue.of("perspective", perspective, perspectives),
                KnownValue.of("band", band, bands));
    }

    /** Every register with a scale in force at asOf (as known at knownAt), and that scale, by board. */
    public List<RiskRegisterView> registers(TimePoint at) {
        return jdbc.query(RiskProjection.SCALES.inForce("true", "v.board, v.register_id"),
                (rs, n) -> new RiskRegisterView(rs.getString("register_id"), rs.getString("board"),
                        json.read(rs.getString("scale"), RiskScale.class),
                        rs.getObject(VersionTable.VALID_FROM, LocalDate.class)),
                RiskProjection.SCALES.arguments(at.asOf(), at.knownAt()));
    }

    public HeatmapView heatmap(TimePoint at, String board, String perspective, String band) {
        List<RiskView> risks = register(at, board, perspective, band);
        Map<String, HeatmapView.Cell> cells = new LinkedHashMap<>();
        for (RiskView r : risks) {
            String key = r.consequence() + "x" + r.probability();
            HeatmapView.Cell cell = cells.get(key);
            List<HeatmapView.Item> items = new ArrayList<>(cell == null ? List.of() : cell.items());
            items.add(item(r));
            cells.put(key, new HeatmapView.Cell(r.consequence(), r.probability(), r.score(), items.size(), items));
        }
        List<HeatmapView.Cell> sorted = cells.values().stream()
                .sorted(Comparator.comparing(HeatmapView.Cell::consequence).reversed()
                        .thenComparing(HeatmapView.Cell::probability))
                .toList();
        List<Integer> versions = new ArrayList<>(new TreeSet<>(risks.stream().map(RiskView::scaleVersion).toList()));
        boolean mixed = versions.size() > 1;
        return new HeatmapView(at.asOf(), at.knownAt(), versions, mixed,
                mixed ? "The assessments were made on different scale versions " + versions + ": scores are not comparable across them"
                        : null,
                sorted, risks.stream().filter(r -> Boolean.TRUE.equals(r.needsMeasures())).map(RiskReadModel::item).toList());
    }

    /** The risk's version in force at asOf as known at knownAt, closed or not: what a reassessment or closing revises. */
    public RiskView risk(String registerId, String riskId, TimePoint at) {
        return jdbc.query(RISKS.inForce("v.register_id = ? and v.risk_id = ?", "v.revision"), this::risk,
                        RISKS.arguments(at.asOf(), at.knownAt(), registerId, riskId)).stream().findFirst()
                .orElseThrow(() -> new UnknownItem("riskId", "no risk " + riskId + " in register " + registerId
                        + " assessed by " + at.asOf() + " as known at " + at.knownAt()));
    }

    /** Every version of the risk known at knownAt, each with its changes against the one before. */
    public List<RiskChange> history(String registerId, String riskId, Instant knownAt) {
        List<RiskView> versions = jdbc.query(RISKS.known("v.register_id = ? and v.risk_id = ?", "v.revision"),
                this::risk, registerId, riskId, Timestamp.from(knownAt));
        if (versions.isEmpty()) {
            throw new UnknownItem("riskId", "no risk " + riskId + " in register " + registerId + " known at " + knownAt);
        }
        List<RiskChange> history = new ArrayList<>();
        RiskView before = null;
        for (RiskView version : versions) {
            history.add(new RiskChange(version, JsonDiff.between(before == null ? null : assessed(before), assessed(version))));
            before = version;
        }
        return history;
    }

    public record RiskChange(RiskView version, List<FieldChange> changes) {
    }

    @Override
    public String processingGroup() {
        return RiskProjection.GROUP;
    }

    @Override
    public Object everythingKnownAt(Instant knownAt) {
        Map<String, Object> everything = new LinkedHashMap<>();
        RISKS.validDates(jdbc, knownAt).forEach(date -> everything.put("register/" + date,
                register(new TimePoint(date, knownAt), null, null, null)));
        return everything;
    }

    /** What an assessment says, without its bookkeeping, for field-level histories. */
    private JsonNode assessed(RiskView r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("description", r.description());
        fields.put("consequence", r.consequence());
        fields.put("probability", r.probability());
        fields.put("score", r.score());
        fields.put("band", r.band());
        fields.put("scaleVersion", r.scaleVersion());
        fields.put("closed", r.closed());
        return json.treeOf(fields);
    }

    private static HeatmapView.Item item(RiskView r) {
        return new HeatmapView.Item(r.registerId(), r.riskId(), r.subjectName(), r.perspective(), r.score(), r.band(),
                r.scaleVersion());
    }

    private RiskView risk(ResultSet rs, int n) throws SQLException {
        return new RiskView(rs.getString("register_id"), rs.getString("board"), rs.getString("risk_id"),
                rs.getLong("revision"), rs.getString("subject_kind"), rs.getString("subject_item_id"),
                rs.getString("subject_name"), rs.getString("perspective"), rs.getString("goal"),
                rs.getString("plan_period"), json.read(rs.getString("description"), RiskDescription.class),
                (Integer) rs.getObject("consequence"), (Integer) rs.getObject("probability"),
                (Integer) rs.getObject("score"), rs.getString("band"), (Boolean) rs.getObject("needs_measures"),
                (Integer) rs.getObject("scale_version"), rs.getObject(VersionTable.VALID_FROM, LocalDate.class),
                rs.getString("assessor"), rs.getBoolean("closed"), rs.getString("reason"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }
}
