package se.planledger.domain.money;

import org.junit.jupiter.api.Test;
import se.planledger.domain.rejection.InvalidInput;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmountUnitTest {

    @Test
    void anAmountInMillionsIsConvertedToExactKronor() {
        assertThat(AmountUnit.parse("figures.amountUnit", "mnkr").toKronor(new BigDecimal("1311.3")))
                .isEqualByComparingTo("1311300000");
        assertThat(AmountUnit.parse("figures.amountUnit", "tkr").toKronor(new BigDecimal("2.5")))
                .isEqualByComparingTo("2500");
        assertThat(AmountUnit.KR.toKronor(new BigDecimal("7"))).isEqualByComparingTo("7");
    }

    @Test
    void aTableFileWithoutAUnitIsTakenToStateMillions() {
        assertThat(AmountUnit.of(AmountUnit.DEFAULT_SYMBOL)).contains(AmountUnit.MNKR);
    }

    @Test
    void anUnknownUnitIsRefusedNamingItsField() {
        for (String stated : new String[] {"MNKR", "Mkr", "", null}) {
            assertThatThrownBy(() -> AmountUnit.parse("figures.amountUnit", stated))
                    .isInstanceOf(InvalidInput.class)
                    .extracting(e -> ((InvalidInput) e).field()).isEqualTo("figures.amountUnit");
            assertThatThrownBy(() -> AmountUnit.parse("figures.amountUnit", stated))
                    .hasMessageContaining("kr, tkr or mnkr");
        }
    }
}
