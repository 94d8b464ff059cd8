package se.planledger.command.budget;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.planledger.domain.budget.CorrectFinancialOutcome;
import se.planledger.domain.budget.FinancialFigures;
import se.planledger.domain.budget.FinancialOutcomeCorrected;
import se.planledger.domain.budget.FinancialOutcomeRecorded;
import se.planledger.domain.budget.RecordFinancialOutcome;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.money.AmountUnit;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.Required;
import se.planledger.domain.rejection.RuleViolation;
import se.planledger.domain.rejection.StaleVersion;
import se.planledger.domain.rejection.UnknownItem;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A unit's financial follow-up for one year: what each report (per April, per August, the annual report) said
 * of its result, target and forecast. A report is recorded once; a later correction supersedes it with a reason.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class FinancialFollowUp {

    private static final Set<ReportingPeriod> REPORTS = EnumSet.of(ReportingPeriod.DA04, ReportingPeriod.DA08, ReportingPeriod.AR);

    @AggregateIdentifier
    private String followUpId;
    private String unit;
    private int year;
    private Set<ReportingPeriod> reported = EnumSet.noneOf(ReportingPeriod.class);
    /** Each report's figures as they stand, to tell a correction that changes nothing. */
    private Map<ReportingPeriod, FinancialFigures> figures = new EnumMap<>(ReportingPeriod.class);
    /** Each report's versions (recorded, then each correction): its revision, the ETag of the read of its history. */
    private Map<ReportingPeriod, Integer> revisions = new EnumMap<>(ReportingPeriod.class);

    protected FinancialFollowUp() {
        // for Axon's event sourcing
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordFinancialOutcome command) {
        Required.text("unit", command.unit());
        if (command.period() == null || !REPORTS.contains(command.period())) {
            throw new InvalidInput("period", "financial outcomes are reported per DÅ04, DÅ08 or ÅR; got " + command.period());
        }
        if (followUpId != null && (!unit.equals(command.unit()) || year != command.year())) {
            throw new InvalidInput("followUpId", command.followUpId() + " is " + unit + " " + year + ", not "
                    + command.unit() + " " + command.year());
        }
        requireFigures(command.figures());
        if (reported.contains(command.period())) {
            throw new RuleViolation("report-once", "period", command.unit() + " has already reported " + command.period().label()
                    + " " + command.year() + "; correct it instead", Map.of("period", command.period().label()));
        }
        AggregateLifecycle.apply(new FinancialOutcomeRecorded(command.followUpId(), command.unit().trim(), command.year(),
                command.period(), command.figures(), command.source()));
    }

    /** Returns the report's new revision, the ETag for the writer's next correction. */
    @CommandHandler
    public long handle(CorrectFinancialOutcome command) {
        if (!reported.contains(command.period())) {
            throw new UnknownItem("period", unit + " has not reported " + command.period() + " " + year + " yet");
        }
        long revision = revisions.getOrDefault(command.period(), 0);
        StaleVersion.unlessCurrent(command.expectedRevision(), revision);
        Required.text("reason", command.reason());
        requireFigures(command.figures());
        if (same(command.figures(), figures.get(command.period()))) {
            throw new RuleViolation("revision-changes-something", "figures", "the correction states " + unit + "'s "
                    + command.period().label() + " " + year + " exactly as revision " + revision + " does (the same "
                    + "figures in " + command.figures().amountUnit() + "); nothing to record");
        }
        AggregateLifecycle.apply(new FinancialOutcomeCorrected(followUpId, unit, year, command.period(), command.figures(),
                command.reason().trim()));
        return revision + 1;
    }

    @EventSourcingHandler
    void on(FinancialOutcomeRecorded event) {
        followUpId = event.followUpId();
        unit = event.unit();
        year = event.year();
        reported.add(event.period());
        figures.put(event.period(), event.figures());
        revisions.merge(event.period(), 1, Integer::sum);
    }

    @EventSourcingHandler
    void on(FinancialOutcomeCorrected event) {
        figures.put(event.period(), event.figures());
        revisions.merge(event.period(), 1, Integer::sum);
    }

    /** The same figures, however many decimals they are written with ("-45" is "-45.0"), in the same unit. */
    private static boolean same(FinancialFigures a, FinancialFigures b) {
        return b != null && Objects.equals(a.amountUnit(), b.amountUnit())
                && same(a.periodResult(), b.periodResult()) && same(a.periodTarget(), b.periodTarget())
                && same(a.annualForecast(), b.annualForecast()) && same(a.annualTarget(), b.annualTarget());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void requireFigures(FinancialFigures figures) {
        if (figures == null || (figures.periodResult() == null && figures.annualForecast() == null)) {
            throw new InvalidInput("figures", "a report gives at least the period's result or the annual forecast");
        }
        AmountUnit.parse("figures.amountUnit", figures.amountUnit());
    }
}
