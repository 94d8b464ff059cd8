package se.planledger.query.budget;

import se.planledger.domain.budget.Residual;
import se.planledger.domain.budget.TableFigures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A framework table version as decided (in force from {@code effectiveDate}, known from {@code recordedAt}) with
 * the residuals its reconciliation finds and, where it has a total row, what of the total is not distributed to
 * its rows ({@code undistributed}, negative where the rows exceed it).
 */
public record FrameworkTableView(String tableId, int version, TableFigures figures, String body, String reference,
                                 LocalDate decisionDate, LocalDate effectiveDate, Instant recordedAt,
                                 String recordedBy, List<Residual> residuals, BigDecimal undistributed) {
}
