package se.planledger.domain.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import se.planledger.domain.rejection.InvalidInput;

import java.util.Arrays;

/** When an indicator is followed up: the interim reports per April and August, the annual report, tertials. */
public enum ReportingPeriod {
    DA04("DÅ04"),
    DA08("DÅ08"),
    AR("ÅR"),
    T1("T1"),
    T2("T2"),
    T3("T3");

    private final String label;

    ReportingPeriod(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
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
