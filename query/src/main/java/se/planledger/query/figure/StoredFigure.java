package se.planledger.query.figure;

import java.math.BigDecimal;

/**
 * A figure read back from a numeric column. The columns keep six decimals so that no accepted figure is rounded
 * (numeric(21, 6)), and give every figure back padded to them: 533 comes back as 533.000000. Answers and exports
 * give it as stated, without the padding (36.5000 is 36.5, 533.000000 is 533).
 */
public final class StoredFigure {

    private StoredFigure() {
    }

    public static BigDecimal stated(BigDecimal stored) {
        BigDecimal stripped = stored == null ? null : stored.stripTrailingZeros();
        return stripped == null || stripped.scale() >= 0 ? stripped : stripped.setScale(0);
    }
}
