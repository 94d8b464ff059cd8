package se.planledger.domain.target;

import org.junit.jupiter.api.Test;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.target.ValueForm.Exact;
import se.planledger.domain.target.ValueForm.PerReport;
import se.planledger.domain.target.ValueForm.PerTertial;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of a target's figures a report is measured against, when the target states one per report or tertial. */
class ValueFormTest {

    @Test
    void aTargetPerReportGivesEachReportItsOwnFigureAndATertialNone() {
        // Seed 004: sick leave "DÅ04: 5,6% DÅ08: 4,8% ÅR: 4,9%".
        PerReport sickLeave = (PerReport) StatedValue.parse("DÅ04: 5,6% DÅ08: 4,8% ÅR: 4,9%").form();

        assertThat(figure(sickLeave.forPeriod(ReportingPeriod.DA04))).isEqualByComparingTo("5.6");
        assertThat(figure(sickLeave.forPeriod(ReportingPeriod.DA08))).isEqualByComparingTo("4.8");
        assertThat(figure(sickLeave.forPeriod(ReportingPeriod.AR))).isEqualByComparingTo("4.9");
        assertThat(sickLeave.forPeriod(ReportingPeriod.T2)).isEmpty();
    }

    @Test
    void aTargetPerTertialGivesEachTertialItsOwnFigureAndAnInterimReportNone() {
        PerTertial tertials = (PerTertial) StatedValue.parse("T1 81,5% T2 82,6% T3 79,8%").form();

        assertThat(figure(tertials.forPeriod(ReportingPeriod.T1))).isEqualByComparingTo("81.5");
        assertThat(figure(tertials.forPeriod(ReportingPeriod.T2))).isEqualByComparingTo("82.6");
        assertThat(figure(tertials.forPeriod(ReportingPeriod.T3))).isEqualByComparingTo("79.8");
        assertThat(tertials.forPeriod(ReportingPeriod.DA08)).isEmpty();
    }

    private static BigDecimal figure(Optional<ValueForm> form) {
        return ((Exact) form.orElseThrow()).value();
    }
}
