package se.planledger.command.followup;

import org.apache.commons.csv.CSVFormat;
import se.planledger.command.api.ImportRows;
import se.planledger.domain.file.FileLayout;
import se.planledger.domain.followup.OutcomeValues;
import se.planledger.domain.followup.RecordOutcome;
import se.planledger.domain.money.FigureLimits;
import se.planledger.domain.money.SwedishNumber;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.limits.InputLimits;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.Rejection;
import se.planledger.domain.rejection.RowErrors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads outcomes from CSV in the simple layout "period; unit; indicator code; column; value; source; note", a header
 * line and one value per line, where period is "2023 DÅ08" and column T (total), K (women) or M (men); source and
 * note are optional (files written before the note column read as before). Lines above a header starting with
 * "period" (the title an export writes) are read past. Lines of the same indicator, unit and period make one
 * outcome; its note (the outcome's comment, e.g. a figure the source states otherwise elsewhere) may stand on any of
 * its lines, and lines that give it differently are refused. Every bad line is reported; a file with any bad line
 * gives nothing.
 */
public final class OutcomeFile {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setTrim(true).build();

    private OutcomeFile() {
    }

    public static List<RecordOutcome> read(String planId, String csv) {
        List<List<String>> rows = FileLayout.withoutSeal(ImportRows.fromCsv(csv, FORMAT));
        Map<String, RecordOutcome> outcomes = new LinkedHashMap<>();
        List<RowErrors.RowError> errors = new ArrayList<>();
        for (int r = headerRow(rows) + 1; r < rows.size(); r++) {
            try {
                add(planId, rows.get(r), outcomes);
            } catch (Rejection rejection) {
                errors.add(new RowErrors.RowError(r + 1, rejection.field(), rejection.reason()));
            } catch (IllegalArgumentException e) {
                errors.add(new RowErrors.RowError(r + 1, "line", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new RowErrors(errors);
        }
        if (outcomes.isEmpty()) {
            throw new InvalidInput("file", "the file holds no outcome lines: after a header line, each line is period; "
                    + "unit; indicator; column; value and optionally source and note, separated by ';'");
        }
        return List.copyOf(outcomes.values());
    }

    /** The header: the line starting with "period", under any lines an export writes above it; else the first line. */
    private static int headerRow(List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).get(0).equalsIgnoreCase("period")) {
                return r;
            }
        }
        return 0;
    }

    private static void add(String planId, List<String> line, Map<String, RecordOutcome> outcomes) {
        if (line.size() < 5) {
            throw new InvalidInput("line", "has " + line.size() + " field(s); a line holds period; unit; indicator; "
                    + "column; value and optionally source and note, separated by ';'");
        }
        String[] period = line.get(0).trim().split("\\s+");
        if (period.length != 2 || !period[0].matches("\\d{4}")) {
            throw new InvalidInput("period", "expected a year and a period such as \"2023 DÅ08\"; got \"" + line.get(0) + "\"");
        }
        int year = Integer.parseInt(period[0]);
        ReportingPeriod reportingPeriod = ReportingPeriod.parse(period[1]);
        String unit = line.get(1);
        String indicator = line.get(2);
        InputLimits.checkText("unit", unit);
        InputLimits.checkText("indicatorId", indicator);
        BigDecimal value = SwedishNumber.tryParse(line.get(4))
                .orElseThrow(() -> new InvalidInput("value", "not a number: \"" + line.get(4) + "\""));
        FigureLimits.check("value", value);
        String source = optional(line, 5);
        InputLimits.checkText("source", source);
        String note = optional(line, 6);
        InputLimits.checkText("comment", note);
        String key = indicator + "|" + unit + "|" + year + "|" + reportingPeriod;
        RecordOutcome before = outcomes.getOrDefault(key, new RecordOutcome(planId, indicator, unit, year, reportingPeriod,
                new OutcomeValues(null, null, null), null, source, null));
        if (note != null && before.comment() != null && !note.equals(before.comment())) {
            throw new InvalidInput("note", "the outcome's lines give two different notes; state it once or alike");
        }
        String comment = note != null ? note : before.comment();
        OutcomeValues v = before.values();
        OutcomeValues values = switch (line.get(3).trim().toUpperCase()) {
            case "T" -> new OutcomeValues(value, v.women(), v.men());
            case "K" -> new OutcomeValues(v.total(), value, v.men());
            case "M" -> new OutcomeValues(v.total(), v.women(), value);
            default -> throw new InvalidInput("column", "the column is T (total), K (women) or M (men); got \"" + line.get(3) + "\"");
        };
        outcomes.put(key, new RecordOutcome(planId, indicator, unit, year, reportingPeriod, values, null, source, comment));
    }

    /** The line's field at the index, null when the line ends before it or it is blank. */
    private static String optional(List<String> line, int index) {
        return line.size() > index && !line.get(index).isBlank() ? line.get(index) : null;
    }
}
