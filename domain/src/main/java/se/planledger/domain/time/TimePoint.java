package se.planledger.domain.time;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The two times of every question: {@code asOf}, the date at which facts are in force (valid time), and
 * {@code knownAt}, the moment up to which the ledger's records are taken into account (transaction time).
 */
public record TimePoint(LocalDate asOf, Instant knownAt) {

    public TimePoint {
        if (asOf == null || knownAt == null) {
            throw new IllegalArgumentException("a time point needs both asOf and knownAt");
        }
    }
}
