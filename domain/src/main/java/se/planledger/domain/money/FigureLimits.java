package se.planledger.domain.money;

import se.planledger.domain.rejection.InvalidInput;

import java.math.BigDecimal;

/**
 * The largest and the most precise figure the ledger keeps: 15 digits before the decimal point (a region's
 * budget in kronor has 11) and 6 after (outcomes such as 19,3 % or 0,000125 per inhabitant). Storage columns
 * are sized for exactly this, so a figure accepted here is kept as given, never rounded or dropped.
 */
public final class FigureLimits {

    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_DECIMALS = 6;

    private FigureLimits() {
    }

    public static void check(String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        BigDecimal plain = value.stripTrailingZeros();
        int decimals = Math.max(0, plain.scale());
        int integerDigits = Math.max(0, plain.precision() - plain.scale());
        if (integerDigits > MAX_INTEGER_DIGITS) {
            throw new InvalidInput(field, "the figure " + shortText(value) + " is too large: at most "
                    + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        if (decimals > MAX_DECIMALS) {
            throw new InvalidInput(field, "the figure " + shortText(value) + " has too many decimals: at most "
                    + MAX_DECIMALS);
        }
    }

    private static String shortText(BigDecimal value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
