package se.planledger.query.followup;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One recorded version of an outcome: as first reported (with its source and comment) or a correction (with its
 * reason), the judgement and trend the rules gave it then, and who recorded it when. {@code revision} counts the
 * outcome's versions from 1.
 */
public record OutcomeVersionView(int revision, BigDecimal total, BigDecimal women, BigDecimal men, BigDecimal peerValue,
                                 String source, String comment, String correction, String fulfilment, String rule,
                                 String explanation, String trend, Instant recordedAt, String recordedBy) {
}
