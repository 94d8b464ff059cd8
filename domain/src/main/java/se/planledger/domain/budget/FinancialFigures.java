package se.planledger.domain.budget;

import java.math.BigDecimal;

/**
 * A unit's financial follow-up at one report: the period's result and its target, the annual forecast and the
 * year's result target (budget), in the stated amount unit ("mnkr"). Any figure the report does not give is null.
 */
public record FinancialFigures(BigDecimal periodResult, BigDecimal periodTarget, BigDecimal annualForecast,
                               BigDecimal annualTarget, String amountUnit) {
}
