package se.planledger.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Swedish documents write them: a space (or no-break space) between thousands and a decimal comma,
 * "9 279,8". Plain "9279.8" is read too, since imports come from both worlds.
 */
public final class SwedishNumber {

    private static final Pattern NUMBER = Pattern.compile("[-−]?\\d+([.,]\\d+)?");

    private SwedishNumber() {
    }

    public static BigDecimal parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "not a number: \"" + text + "\" (expected e.g. 9 279,8 or 9279.8)"));
    }

    public static Optional<BigDecimal> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.trim().replaceAll("[\\s\\u00A0\\u202F]", "").replace('−', '-');
        if (!NUMBER.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(compact.replace(',', '.')));
    }

    /** "9 279,8" for (9279.8, 1): regular space between thousands, decimal comma, half-up rounding. */
    public static String format(BigDecimal value, int decimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
