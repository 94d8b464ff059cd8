package se.planledger.domain.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingPeriodTest {

    @Test
    void aReportCoversTheYearToTheEndOfItsLastMonth() {
        assertThat(ReportingPeriod.DA04.endIn(2019)).isEqualTo(LocalDate.of(2019, 4, 30));
        assertThat(ReportingPeriod.DA08.endIn(2019)).isEqualTo(LocalDate.of(2019, 8, 31));
        assertThat(ReportingPeriod.AR.endIn(2019)).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(ReportingPeriod.T2.endIn(2023)).isEqualTo(LocalDate.of(2023, 8, 31));
    }

    @Test
    void tertialsAndReportsInterleaveWithinAYear() {
        assertThat(Arrays.stream(ReportingPeriod.values()).sorted(Comparator.comparingInt(ReportingPeriod::orderInYear)))
                .containsExactly(ReportingPeriod.T1, ReportingPeriod.DA04, ReportingPeriod.T2, ReportingPeriod.DA08,
                        ReportingPeriod.T3, ReportingPeriod.AR);
        assertThat(ReportingPeriod.T1.orderInYear()).isZero();
        assertThat(ReportingPeriod.AR.orderInYear()).isEqualTo(5);
    }
}
