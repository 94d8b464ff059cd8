package se.planledger.domain.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SwedishNumberTest {

    @Test
    void readsSwedishAndPlainNumbers() {
        assertThat(SwedishNumber.parse("9 279,8")).isEqualByComparingTo("9279.8");
        assertThat(SwedishNumber.parse("9\u00A0279,8")).isEqualByComparingTo("9279.8");
        assertThat(SwedishNumber.parse("9279.8")).isEqualByComparingTo("9279.8");
        assertThat(SwedishNumber.parse("-0,01")).isEqualByComparingTo("-0.01");
        assertThat(SwedishNumber.parse("43 000")).isEqualByComparingTo("43000");
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertThat(SwedishNumber.tryParse("9,279,8")).isEmpty();
        assertThatThrownBy(() -> SwedishNumber.parse("nio")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a number: \"nio\"");
    }

    @Test
    void writesMillionsWithOneDecimalTheSwedishWay() {
        assertThat(SwedishNumber.format(new BigDecimal("9279.75"), 1)).isEqualTo("9 279,8");
        assertThat(SwedishNumber.format(new BigDecimal("263"), 1)).isEqualTo("263,0");
        assertThat(SwedishNumber.format(new BigDecimal("-26.91"), 1)).isEqualTo("-26,9");
    }
}
