package se.planledger.query.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One recipient's framework in one table as in force at the asked time: its build-up (opening, components,
 * closing, as stated and in exact kronor) and every change to it across the table's versions known then.
 */
public record FrameworkView(String tableId, String title, String recipient, int year, String amountUnit,
                            Map<String, BigDecimal> stated, BigDecimal closing, BigDecimal closingKronor,
                            String closingText, int version, String reference, LocalDate effectiveDate,
                            List<Change> changes) {

    /** A version of the table that changed this recipient's figures: before and after, by which decision. */
    public record Change(int version, Map<String, BigDecimal> before, Map<String, BigDecimal> after, String body,
                         String reference, LocalDate decisionDate, LocalDate effectiveDate, Instant recordedAt,
                         String recordedBy) {
    }
}
