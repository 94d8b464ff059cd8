package se.planledger.query.time;

import org.springframework.stereotype.Component;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.time.TimePoint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The one reading of {@code asOf} and {@code knownAt} for every read endpoint and ops command.
 * asOf: a date (default today in Sweden). knownAt: an instant with offset, a local date-time in Swedish time,
 * or a date meaning the end of that day in Sweden (default now).
 */
@Component
public class TimePoints {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    public static final String AS_OF_HELP = "Date (YYYY-MM-DD) at which facts are in force; default today (Swedish time)";
    public static final String KNOWN_AT_HELP = "What the ledger knew at this moment: an ISO instant (2023-05-15T12:00:00Z), "
            + "a Swedish local time (2023-05-15T12:00) or a date meaning the end of that day; default now";

    private final Clock clock;

    public TimePoints(Clock clock) {
        this.clock = clock;
    }

    public TimePoint parse(String asOf, String knownAt) {
        return new TimePoint(asOf(asOf), knownAt(knownAt));
    }

    /**
     * One side of a comparison, given as {@code <side>AsOf} and {@code <side>KnownAt} ("fromAsOf", "toKnownAt"): a
     * value that cannot be read is refused naming the parameter as sent.
     */
    public TimePoint side(String side, String asOf, String knownAt) {
        return new TimePoint(asOf(asOf, side + "AsOf"), knownAt(knownAt, side + "KnownAt"));
    }

    public TimePoint now() {
        return parse(null, null);
    }

    public LocalDate asOf(String text) {
        return asOf(text, "asOf");
    }

    /** As {@link #asOf(String)}, read from the parameter of this name: a malformed one is refused naming it. */
    public LocalDate asOf(String text, String parameter) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock.withZone(SWEDEN));
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(parameter, "expected a date like 2023-03-01, got \"" + text + "\"");
        }
    }

    public Instant knownAt(String text) {
        return knownAt(text, "knownAt");
    }

    /** As {@link #knownAt(String)}, read from the parameter of this name: a malformed one is refused naming it. */
    public Instant knownAt(String text, String parameter) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        String value = text.trim();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(SWEDEN).toInstant().minusNanos(1000);
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(SWEDEN).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(parameter, "expected an instant like 2023-05-15T12:00:00Z, a local time like "
                    + "2023-05-15T12:00 or a date like 2023-05-15; got \"" + text + "\"");
        }
    }
}
