package se.planledger.domain.money;

import se.planledger.domain.rejection.InvalidInput;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The unit a decided table or a financial report states its amounts in. Events keep the unit as stated ("mnkr"),
 * so their stored form never depends on this type; commands parse it here and read models convert with it.
 */
public enum AmountUnit {
    KR("kr", BigDecimal.ONE),
    TKR("tkr", BigDecimal.valueOf(1_000)),
    MNKR("mnkr", BigDecimal.valueOf(1_000_000));

    /** The unit a table file is taken to state its amounts in when the request names none: frameworks are decided in millions. */
    public static final String DEFAULT_SYMBOL = "mnkr";

    private final String symbol;
    private final BigDecimal kronor;

    AmountUnit(String symbol, BigDecimal kronor) {
        this.symbol = symbol;
        this.kronor = kronor;
    }

    public BigDecimal toKronor(BigDecimal amount) {
        return amount.multiply(kronor);
    }

    /** The unit written exactly so ("mnkr", not "MNKR"), as documents and stored events write it. */
    public static Optional<AmountUnit> of(String symbol) {
        return Arrays.stream(values()).filter(unit -> unit.symbol.equals(symbol)).findFirst();
    }

    /** The stated unit, or a refusal naming the field it was stated in. */
    public static AmountUnit parse(String field, String symbol) {
        return of(symbol).orElseThrow(() ->
                new InvalidInput(field, "amounts are stated in kr, tkr or mnkr; got " + symbol));
    }
}
