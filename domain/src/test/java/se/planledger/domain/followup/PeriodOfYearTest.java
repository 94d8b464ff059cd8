package se.planledger.domain.followup;

import org.junit.jupiter.api.Test;
import se.planledger.domain.plan.ReportingPeriod;

import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodOfYearTest {

    @Test
    void reportsFollowEachOtherYearByYearAndWithinAYearAsReported() {
        TreeSet<PeriodOfYear> reports = new TreeSet<>(List.of(
                new PeriodOfYear(2024, ReportingPeriod.DA04),
                new PeriodOfYear(2023, ReportingPeriod.AR),
                new PeriodOfYear(2023, ReportingPeriod.DA08),
                new PeriodOfYear(2023, ReportingPeriod.T2),
                new PeriodOfYear(2023, ReportingPeriod.DA04)));

        assertThat(reports).extracting(PeriodOfYear::toString)
                .containsExactly("2023 DÅ04", "2023 T2", "2023 DÅ08", "2023 ÅR", "2024 DÅ04");
        assertThat(reports.lower(new PeriodOfYear(2024, ReportingPeriod.DA04))).hasToString("2023 ÅR");
    }
}
