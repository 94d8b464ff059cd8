package se.planledger.domain.followup;

import java.math.BigDecimal;

/** An outcome's values: the total and, for indicators split by gender, women (K) and men (M). Any may be null. */
public record OutcomeValues(BigDecimal total, BigDecimal women, BigDecimal men) {
}
