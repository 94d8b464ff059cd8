package se.planledger.domain.money;

import se.planledger.domain.rejection.InvalidInput;

import java.math.BigDecimal;

/**
 * The largest and finest figure (amount, outcome) the ledger takes: one it can store and write back exactly.
 * A figure beyond these is refused where it comes in, naming its field, rather than failing on its way to storage.
 * The read models' figure columns are numeric(21, 6), so an accepted figure is kept as given, never rounded.
 */
public final class FigureLimits {

    public static final int MAX_DIGITS_BEFORE_POINT = 15;
    public static final int MAX_DECIMALS = 6;

    private FigureLimits() {
    }

    /** Refuses a figure with more than 15 digits before the decimal point or more than 6 after; no figure (null) passes. */
    public static void check(String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        // Trailing zeros add no precision: 1.50000000 is 1.5, and 1E+3 has four digits before the point.
        BigDecimal figure = value.stripTrailingZeros();
        int digitsBeforePoint = figure.precision() - figure.scale();
        if (digitsBeforePoint > MAX_DIGITS_BEFORE_POINT) {
            throw new InvalidInput(field, "the figure has " + digitsBeforePoint + " digits before the decimal point; "
                    + "the ledger keeps at most " + MAX_DIGITS_BEFORE_POINT);
        }
        if (figure.scale() > MAX_DECIMALS) {
            throw new InvalidInput(field, "the figure has " + figure.scale() + " decimals; the ledger keeps at most "
                    + MAX_DECIMALS);
        }
    }
}
