package se.planledger.domain.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a decided table: does each row's build-up (opening plus components, or its amounts) lead to its closing
 * amount, and do the rows add up to the total row in every column? A sum is rounded to the table's precision and
 * compared with the stated figure: no residual is no case; a residual within half a unit of precision per term
 * added is a rounding difference; anything larger is a mismatch. Figures are never corrected, only explained.
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    public static List<Residual> of(TableFigures table) {
        List<Residual> residuals = new ArrayList<>();
        table.closingColumn().ifPresent(closing -> table.rows().forEach(row ->
                rowResidual(table, row, closing).ifPresent(residuals::add)));
        table.totalRow().ifPresent(total -> {
            for (int column = 0; column < table.columns().size(); column++) {
                columnResidual(table, total, column).ifPresent(residuals::add);
            }
        });
        return residuals;
    }

    private static Optional<Residual> rowResidual(TableFigures table, TableRow row, int closing) {
        BigDecimal stated = row.amountIn(closing);
        if (stated == null) {
            return Optional.empty();
        }
        List<BigDecimal> terms = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            if (i != closing && row.amountIn(i) != null) {
                terms.add(row.amountIn(i));
            }
        }
        return residual(Residual.Check.ROW, row.label(), terms, stated, table.decimals());
    }

    private static Optional<Residual> columnResidual(TableFigures table, TableRow total, int column) {
        BigDecimal stated = total.amountIn(column);
        if (stated == null) {
            return Optional.empty();
        }
        List<BigDecimal> terms = table.rows().stream()
                .filter(row -> !row.total())
                .map(row -> row.amountIn(column))
                .filter(amount -> amount != null)
                .toList();
        return residual(Residual.Check.COLUMN, table.columns().get(column).name(), terms, stated, table.decimals());
    }

    private static Optional<Residual> residual(Residual.Check check, String label, List<BigDecimal> terms,
                                               BigDecimal stated, int decimals) {
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal computed = terms.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rounded = computed.setScale(decimals, RoundingMode.HALF_UP);
        BigDecimal residual = rounded.subtract(stated);
        if (residual.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
        BigDecimal tolerance = halfUnit.multiply(BigDecimal.valueOf(terms.size()));
        Residual.Verdict verdict = residual.abs().compareTo(tolerance) <= 0 ? Residual.Verdict.ROUNDING : Residual.Verdict.MISMATCH;
        return Optional.of(new Residual(check, label, computed, rounded, stated, residual, terms.size(), tolerance, verdict));
    }
}
