package se.planledger.query.budget;

import org.springframework.stereotype.Component;
import se.planledger.domain.time.TimePoint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of the financial follow-up's export (written as CSV or XLSX by
 * {@link se.planledger.query.export.SpreadsheetExport}): every unit's reports of a year in force at the time point,
 * one line per unit and report, with the figures in the unit the report states them in.
 */
@Component
public class FinancialOutcomeExport {

    /** The index of the column header in {@link #yearLines}. */
    public static final int HEADER_ROW = 1;

    public List<List<Object>> yearLines(int year, List<FinancialOutcomeView> units, TimePoint at) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Ekonomisk uppföljning " + year, "per", at.asOf(), "känt", at.knownAt().toString()));
        lines.add(List.of("Enhet", "Uppföljning", "Period", "Periodens resultat", "Periodens mål", "Avvikelse",
                "Helårsprognos", "Årets mål", "Avvikelse mot årets mål", "Prognosens ändring", "Belopp i", "Revision",
                "Källa", "Rättelse"));
        for (FinancialOutcomeView unit : units) {
            for (FinancialOutcomeView.PeriodReport r : unit.reports()) {
                lines.add(Arrays.asList(unit.unit(), unit.followUpId(), r.period().label(), r.periodResult(),
                        r.periodTarget(), r.periodDeviation(), r.annualForecast(), r.annualTarget(), r.forecastDeviation(),
                        r.forecastChange(), r.amountUnit(), String.valueOf(r.revision()), r.source(), r.correction()));
            }
        }
        return lines;
    }
}
