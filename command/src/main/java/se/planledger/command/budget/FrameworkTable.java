package se.planledger.command.budget;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.planledger.command.decision.DecisionMetaData;
import se.planledger.domain.budget.ColumnRole;
import se.planledger.domain.budget.DecideFrameworkTable;
import se.planledger.domain.budget.FrameworkTableDecided;
import se.planledger.domain.budget.FrameworkTableRevised;
import se.planledger.domain.budget.ReviseFrameworkTable;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.budget.TableRow;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.money.AmountUnit;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.Required;
import se.planledger.domain.rejection.RuleViolation;
import se.planledger.domain.rejection.StaleVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One decided framework table (the board's frame build-up, a year's frames per recipient, the investment frames)
 * through its versions. Each version is a decision's table as decided: figures that do not add up are recorded
 * all the same and explained by the reconciliation; figures that cannot be a framework (a closing amount below
 * zero, a row that does not fit the columns) are refused.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class FrameworkTable {

    @AggregateIdentifier
    private String tableId;
    private int version;
    private LocalDate effectiveDate;
    /** The table as the version in force states it: what a revision must change, and what it distributed. */
    private TableFigures figures;

    protected FrameworkTable() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public FrameworkTable(DecideFrameworkTable command) {
        Required.id("tableId", command.tableId());
        Decision decision = Decision.required(command.decision());
        requireFigures(command.figures());
        apply(new FrameworkTableDecided(command.tableId(), 1, command.figures(), decision), DecisionMetaData.of(decision));
    }

    /** Returns the table's new version, the ETag for the next revision. */
    @CommandHandler
    public int handle(ReviseFrameworkTable command) {
        StaleVersion.unlessCurrent(command.expectedVersion(), version);
        Decision decision = Decision.required(command.decision());
        requireFigures(command.figures());
        if (decision.effectiveDate().isBefore(effectiveDate)) {
            throw new RuleViolation("revisions-in-order", "decision.effectiveDate",
                    "a revision cannot take effect before the version it revises (" + effectiveDate + ")",
                    Map.of("effectiveDate", decision.effectiveDate(), "previousEffectiveDate", effectiveDate));
        }
        if (command.figures().equals(figures)) {
            throw new RuleViolation("revision-changes-something", "figures",
                    "the revision states the table exactly as version " + version + " does; nothing to decide");
        }
        int next = version + 1; // apply() runs the sourcing handler at once, so read the version before it
        if (decision.body() == Body.RD) {
            requireNetZero(command.figures());
        }
        apply(new FrameworkTableRevised(tableId, next, command.figures(), decision), DecisionMetaData.of(decision));
        return next;
    }

    @EventSourcingHandler
    void on(FrameworkTableDecided event) {
        tableId = event.tableId();
        version = event.version();
        effectiveDate = event.decision().effectiveDate();
        figures = event.figures();
    }

    @EventSourcingHandler
    void on(FrameworkTableRevised event) {
        version = event.version();
        effectiveDate = event.decision().effectiveDate();
        figures = event.figures();
    }

    /**
     * The regional director adjusts under delegation: moving money between recipients, never changing what the
     * board distributed in total.
     */
    private void requireNetZero(TableFigures adjusted) {
        BigDecimal before = figures.distributed();
        BigDecimal after = adjusted.distributed();
        if (after.compareTo(before) != 0) {
            throw new RuleViolation("adjustment-nets-to-zero", "figures.rows",
                    "a technical adjustment by the regional director must net to zero, but it changes the distributed "
                            + "total from " + before.toPlainString() + " to " + after.toPlainString() + " " + adjusted.amountUnit(),
                    Map.of("before", before, "after", after, "difference", after.subtract(before),
                            "unit", adjusted.amountUnit()));
        }
    }

    private static void requireFigures(TableFigures figures) {
        if (figures == null) {
            throw new InvalidInput("figures", "the table's figures are required");
        }
        Required.text("figures.title", figures.title());
        AmountUnit.parse("figures.amountUnit", figures.amountUnit());
        if (figures.decimals() < 0 || figures.decimals() > 3) {
            throw new InvalidInput("figures.decimals", "a table is decided with 0 to 3 decimals; got " + figures.decimals());
        }
        if (figures.columns().isEmpty() || figures.rows().isEmpty()) {
            throw new InvalidInput("figures", "a table needs at least one column and one row");
        }
        if (figures.columns().stream().filter(c -> c.role() == ColumnRole.CLOSING).count() > 1
                || figures.columns().stream().filter(c -> c.role() == ColumnRole.OPENING).count() > 1) {
            throw new InvalidInput("figures.columns", "a table has at most one opening and one closing column");
        }
        for (int i = 0; i < figures.rows().size(); i++) {
            TableRow row = figures.rows().get(i);
            String where = "figures.rows[" + i + "]";
            Required.text(where + ".label", row.label());
            if (row.amounts().size() != figures.columns().size()) {
                throw new InvalidInput(where + ".amounts", "row \"" + row.label() + "\" has " + row.amounts().size()
                        + " amounts for " + figures.columns().size() + " columns");
            }
            requireNotBelowZero(figures, row, where);
        }
        if (figures.rows().stream().filter(TableRow::total).count() > 1) {
            throw new InvalidInput("figures.rows", "a table has at most one total row");
        }
        requireWithinGrantedFrame(figures);
    }

    /**
     * The total row's closing amount is what the granting body has; its recipients' frameworks together may not
     * exceed it (what they leave is shown as undistributed). Other sums are recorded as decided and reconciled.
     */
    private static void requireWithinGrantedFrame(TableFigures figures) {
        BigDecimal granted = figures.granted();
        if (granted == null) {
            return;
        }
        BigDecimal allocated = figures.distributed();
        if (allocated.compareTo(granted) > 0) {
            throw new RuleViolation("allocations-within-frame", "figures.rows",
                    "the recipients' frameworks add up to " + allocated.toPlainString() + " " + figures.amountUnit()
                            + ", more than the " + granted.toPlainString() + " the granting body has",
                    Map.of("granted", granted, "allocated", allocated, "excess", allocated.subtract(granted),
                            "unit", figures.amountUnit()));
        }
    }

    /** A framework cannot be negative: a reduction or adjustment that drives it below zero is refused. */
    private static void requireNotBelowZero(TableFigures figures, TableRow row, String where) {
        BigDecimal closing = figures.closingOf(row);
        if (closing != null && closing.signum() < 0) {
            throw new RuleViolation("framework-not-below-zero", where + ".amounts[" + figures.closingColumn().getAsInt() + "]",
                    "the framework for \"" + row.label() + "\" would be " + closing + " " + figures.amountUnit()
                            + "; a framework cannot go below zero",
                    Map.of("recipient", row.label(), "closing", closing, "unit", figures.amountUnit()));
        }
    }
}
