package se.planledger.query.support;

import se.planledger.domain.time.TimePoint;

import java.time.Instant;
import java.time.LocalDate;

/** A read model's question time written as the README writes it: in force at a date, as known at an instant. */
public final class When {

    private When() {
    }

    public static TimePoint at(String asOf, String knownAt) {
        return new TimePoint(LocalDate.parse(asOf), Instant.parse(knownAt));
    }
}
