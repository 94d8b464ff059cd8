package se.planledger.domain.budget;

import java.math.BigDecimal;

/**
 * A place where a decided table does not add up: which check ({@code ROW}: the row's build-up; {@code COLUMN}: the
 * rows against the total row), which row or column, the computed sum (exact and rounded to the table's
 * precision), the stated figure, the residual (rounded sum minus stated), how many terms were added, the
 * tolerance those terms allow (half a unit of precision each) and the verdict.
 */
public record Residual(Check check, String label, BigDecimal computed, BigDecimal rounded, BigDecimal stated,
                       BigDecimal residual, int terms, BigDecimal tolerance, Verdict verdict) {

    public enum Check { ROW, COLUMN }

    public enum Verdict { ROUNDING, MISMATCH }
}
