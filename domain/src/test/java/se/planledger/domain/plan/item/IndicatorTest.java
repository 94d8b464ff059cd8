package se.planledger.domain.plan.item;

import org.junit.jupiter.api.Test;
import se.planledger.domain.target.StatedValue;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 000's "samma dag" indicator (G2.F1.I2): targets stated for 2023 and 2025 only. */
class IndicatorTest {

    static final Indicator SAME_DAY = new Indicator("Andel patienter som får kontakt med hälsocentralen samma dag", null,
            "Datalager", List.of(), StatedValue.parse("2021: T1 81,5% T2 82,6% T3 79,8%"),
            Map.of(2025, StatedValue.parse("100 %"), 2023, StatedValue.parse("95 %")), false, null, null);

    @Test
    void aStatedYearHasItsOwnTarget() {
        assertThat(SAME_DAY.targetFor(2023)).map(StatedValue::text).hasValue("95 %");
        assertThat(SAME_DAY.targetFor(2025)).map(StatedValue::text).hasValue("100 %");
    }

    @Test
    void aYearBetweenStatedTargetsAimsAtTheNextOne() {
        assertThat(SAME_DAY.targetFor(2024)).map(StatedValue::text).hasValue("100 %");
    }

    @Test
    void beforeTheFirstStatedYearTheFirstTargetAppliesAndAfterTheLastNone() {
        assertThat(SAME_DAY.targetFor(2022)).map(StatedValue::text).hasValue("95 %");
        assertThat(SAME_DAY.targetFor(2026)).isEmpty();
    }
}
