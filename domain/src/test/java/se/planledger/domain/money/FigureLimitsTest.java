package se.planledger.domain.money;

import org.junit.jupiter.api.Test;
import se.planledger.domain.rejection.InvalidInput;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FigureLimitsTest {

    @Test
    void figuresWithinFifteenDigitsAndSixDecimalsPass() {
        for (String figure : new String[]{"999999999999999.999999", "-999999999999999", "0", "0.000001", "1E+14",
                "1.50000000000", "9279.8"}) {
            assertThatCode(() -> FigureLimits.check("value", new BigDecimal(figure))).as(figure).doesNotThrowAnyException();
        }
        assertThatCode(() -> FigureLimits.check("value", null)).doesNotThrowAnyException();
    }

    @Test
    void aSixteenthDigitBeforeThePointIsRefusedNamingTheField() {
        for (String figure : new String[]{"1000000000000000", "-1000000000000000.5", "99999999999999999999999", "1E+400"}) {
            assertThatThrownBy(() -> FigureLimits.check("Ram 2023", new BigDecimal(figure))).as(figure)
                    .isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("digits before the decimal point")
                    .extracting(e -> ((InvalidInput) e).field()).isEqualTo("Ram 2023");
        }
    }

    @Test
    void aSeventhDecimalIsRefusedNamingTheField() {
        for (String figure : new String[]{"0.0000001", "1.1234567", "1E-400"}) {
            assertThatThrownBy(() -> FigureLimits.check("value", new BigDecimal(figure))).as(figure)
                    .isInstanceOf(InvalidInput.class)
                    .hasMessageContaining("decimals; the ledger keeps at most 6")
                    .extracting(e -> ((InvalidInput) e).field()).isEqualTo("value");
        }
    }
}
