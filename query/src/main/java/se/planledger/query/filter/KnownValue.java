package se.planledger.query.filter;

import se.planledger.domain.rejection.InvalidInput;

import java.util.Collection;

/**
 * A list's filter checked against the values the ledger knows for it: a value it has never recorded can only be a
 * mistake, so it is refused (400, naming the parameter as sent and the values there are) instead of answered with
 * an empty list that looks like "nothing matches".
 */
public final class KnownValue {

    private KnownValue() {
    }

    /** The known value the parameter names, in any case; null when none is given; else refused. */
    public static String of(String parameter, String value, Collection<String> known) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.trim();
        return known.stream().filter(k -> k.equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInput(parameter, "unknown " + parameter + " \"" + value + "\"; one of "
                        + String.join(", ", known)));
    }
}
