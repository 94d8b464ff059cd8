package se.planledger.domain.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.planledger.domain.rejection.InvalidInput;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * When an indicator is followed up: the interim reports per April and August, the annual report, tertials. Each
 * covers the year up to the end of its last month; within a year the tertials and the reports interleave, a tertial
 * coming before the report that covers the same months.
 */
public enum ReportingPeriod {
    DA04("DÅ04", Month.APRIL, 1),
    DA08("DÅ08", Month.AUGUST, 3),
    AR("ÅR", Month.DECEMBER, 5),
    T1("T1", Month.APRIL, 0),
    T2("T2", Month.AUGUST, 2),
    T3("T3", Month.DECEMBER, 4);

    private final String label;
    private final Month lastMonth;
    private final int orderInYear;

    ReportingPeriod(String label, Month lastMonth, int orderInYear) {
        this.label = label;
        this.lastMonth = lastMonth;
        this.orderInYear = orderInYear;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** The last day the period covers in the given year: 30 April, 31 August, 31 December. */
    public LocalDate endIn(int year) {
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }

    /** 0 to 5 in the order the periods are reported within a year: T1, DÅ04, T2, DÅ08, T3, ÅR. */
    public int orderInYear() {
        return orderInYear;
    }

    @JsonCreator
    public static ReportingPeriod parse(String text) {
        String wanted = text == null ? "" : text.replace(" ", "").trim();
        return Arrays.stream(values())
                .filter(p -> p.label.equalsIgnoreCase(wanted) || p.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("period", "unknown reporting period \"" + text
                        + "\"; one of DÅ04, DÅ08, ÅR, T1, T2, T3"));
    }
}
