package se.planledger.domain.plan;

import org.junit.jupiter.api.Test;
import se.planledger.domain.rejection.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanYearsTest {

    static final PlanYears YEARS = new PlanYears(2023, 2025);

    @Test
    void theFirstAndTheLastYearBelongToThePlan() {
        assertThat(YEARS.require("year", 2023)).isEqualTo(2023);
        assertThat(YEARS.require("year", 2025)).isEqualTo(2025);
    }

    @Test
    void aYearBeforeOrAfterThePlanIsRefusedNamingTheField() {
        for (int year : new int[] {2022, 2026}) {
            assertThatThrownBy(() -> YEARS.require("targets", year))
                    .isInstanceOf(InvalidInput.class)
                    .hasMessage(year + " lies outside the plan's years 2023–2025")
                    .extracting(e -> ((InvalidInput) e).field()).isEqualTo("targets");
        }
    }

    @Test
    void aDraftedPlanRunsForwardWithin2000To2100() {
        assertThat(PlanYears.drafted(2023, 2023)).isEqualTo(new PlanYears(2023, 2023));
        for (int[] years : new int[][] {{2025, 2023}, {1999, 2001}, {2099, 2101}}) {
            assertThatThrownBy(() -> PlanYears.drafted(years[0], years[1]))
                    .isInstanceOf(InvalidInput.class)
                    .hasMessage("the plan's years must run forward within 2000–2100, got " + years[0] + "–" + years[1])
                    .extracting(e -> ((InvalidInput) e).field()).isEqualTo("lastYear");
        }
    }
}
