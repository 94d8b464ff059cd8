package se.planledger.query.figure;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class StoredFigureTest {

    @Test
    void aFigureIsGivenWithoutTheColumnsPadding() {
        assertThat(StoredFigure.stated(new BigDecimal("533.000000")).toPlainString()).isEqualTo("533");
        assertThat(StoredFigure.stated(new BigDecimal("-36.500000")).toPlainString()).isEqualTo("-36.5");
        assertThat(StoredFigure.stated(new BigDecimal("2104000000.000000")).toPlainString()).isEqualTo("2104000000");
        assertThat(StoredFigure.stated(new BigDecimal("2104000000.000000")).scale()).isZero();
        assertThat(StoredFigure.stated(null)).isNull();
    }
}
