package se.planledger.query.followup;

import org.axonframework.eventhandling.EventMessage;
import se.planledger.domain.followup.Fulfilment;
import se.planledger.domain.followup.GoalJudged;
import se.planledger.domain.followup.Judgement;
import se.planledger.domain.followup.OutcomeCorrected;
import se.planledger.domain.followup.OutcomeRecorded;
import se.planledger.domain.followup.OutcomeReevaluated;
import se.planledger.domain.followup.OutcomeValues;
import se.planledger.domain.followup.Trend;
import se.planledger.domain.followup.WorkStatus;
import se.planledger.domain.followup.WorkStatusReported;
import se.planledger.domain.plan.PlanItemAdded;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.plan.item.Activity;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.support.AdoptedPlan;
import se.planledger.query.support.OnBothDatabases;
import se.planledger.query.support.ReadSide;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.planledger.query.support.AdoptedPlan.PLAN_ID;
import static se.planledger.query.support.LedgerEvents.recorded;
import static se.planledger.query.support.When.at;

/**
 * The August report's outcome of indicator I1 is delivered in September and corrected in October: the report as
 * delivered stays reproducible as known before the correction, and shows the correction with its reason after.
 */
class FollowUpReadModelTest {

    private static final String UNIT = "Hela regionen";
    private static final String DELIVERED = "2023-09-20T00:00:00Z";
    private static final String CORRECTED = "2023-10-02T13:00:00Z";
    private static final String REASON = "Fel i datauttaget";

    @OnBothDatabases
    void theReportAsDeliveredStaysReproducibleAfterACorrection(ReadSide readSide) {
        feed(readSide);
        FollowUpReadModel reports = readSide.interimReports();

        InterimReportView delivered = reports.report(PLAN_ID, UNIT, 2023, ReportingPeriod.DA08, at("2023-09-15", DELIVERED));
        assertThat(indicatorRow(delivered)).satisfies(row -> {
            assertThat(row.total()).isEqualByComparingTo("36");
            assertThat(row.target()).isEqualTo("Öka");
            assertThat(row.fulfilment()).isEqualTo("NOT_MET");
            assertThat(row.revision()).isEqualTo(1);
            assertThat(row.correction()).isNull();
        });
        assertThat(delivered.summary().partlyMet()).isEqualTo(1);

        InterimReportView now = reports.report(PLAN_ID, UNIT, 2023, ReportingPeriod.DA08,
                at("2023-09-15", "2023-11-01T00:00:00Z"));
        assertThat(indicatorRow(now)).satisfies(row -> {
            assertThat(row.total()).isEqualByComparingTo("38");
            assertThat(row.fulfilment()).isEqualTo("MET");
            assertThat(row.revision()).isEqualTo(2);
            assertThat(row.correction()).isEqualTo(REASON);
        });
    }

    @OnBothDatabases
    void anOutcomesHistoryHoldsTheCorrectionOnceRecorded(ReadSide readSide) {
        feed(readSide);
        FollowUpReadModel reports = readSide.interimReports();

        assertThat(reports.outcomeHistory(PLAN_ID, "G1.F1.I1", UNIT, 2023, ReportingPeriod.DA08, Instant.parse(DELIVERED)))
                .hasSize(1);
        List<OutcomeVersionView> history = reports.outcomeHistory(PLAN_ID, "G1.F1.I1", UNIT, 2023, ReportingPeriod.DA08,
                Instant.parse(CORRECTED));
        assertThat(history).extracting(version -> version.revision() + ": " + version.total().toPlainString())
                .containsExactly("1: 36", "2: 38");
        assertThat(history.get(1).correction()).isEqualTo(REASON);
        assertThat(history.get(1).recordedBy()).isEqualTo("planner");
    }

    @OnBothDatabases
    void theReportsWithOutcomesAreListedOnceEachAsKnownAtKnownAt(ReadSide readSide) {
        feed(readSide);
        FollowUpReadModel reports = readSide.interimReports();

        assertThat(reports.reports(Instant.parse(CORRECTED)))
                .containsExactly(new InterimReportKey(PLAN_ID, 2023, "DÅ08", UNIT));
        assertThat(reports.reports(Instant.parse("2023-09-01T00:00:00Z"))).as("before any outcome was recorded").isEmpty();
    }

    @OnBothDatabases
    void theReportsAreListedNewestYearFirstAndWithinAYearInTheOrderTheyAreReported(ReadSide readSide) {
        readSide.feed(readSide.planProjection(), AdoptedPlan.events());
        readSide.feed(readSide.followUpProjection(), List.of(
                outcome("2024-02-10T08:00:00Z", UNIT, 2023, ReportingPeriod.AR, "40"),
                outcome("2023-05-05T08:00:00Z", UNIT, 2023, ReportingPeriod.DA04, "35"),
                outcome("2024-05-05T08:00:00Z", UNIT, 2024, ReportingPeriod.DA04, "41"),
                outcome("2023-09-05T08:00:00Z", UNIT, 2023, ReportingPeriod.DA08, "36")));

        assertThat(readSide.interimReports().reports(Instant.parse("2024-06-01T00:00:00Z")))
                .extracting(key -> key.period() + " " + key.year())
                .containsExactly("DÅ04 2024", "DÅ04 2023", "DÅ08 2023", "ÅR 2023");
    }

    @OnBothDatabases
    void anUnknownPlanOrUnitIsUnknownAndAnAmbiguousPartOfANameIsRefusedNamingTheCandidates(ReadSide readSide) {
        feed(readSide);
        readSide.feed(readSide.followUpProjection(), List.of(
                recorded("2023-10-03T08:00:00Z", outcomeOf("Division Länssjukvård 1")),
                recorded("2023-10-03T08:01:00Z", outcomeOf("Division Länssjukvård 2"))));
        FollowUpReadModel reports = readSide.interimReports();
        TimePoint now = at("2023-09-15", "2023-11-01T00:00:00Z");

        // The plan is resolved before the unit: an unknown plan is not reported as a unit without outcomes.
        assertThatThrownBy(() -> reports.report("ingen-plan", "Division Länssjukvård 1", 2023, ReportingPeriod.DA08, now))
                .isInstanceOfSatisfying(UnknownItem.class, e -> assertThat(e.field()).isEqualTo("planId"));
        assertThatThrownBy(() -> reports.report("ingen-plan", UNIT, 2023, ReportingPeriod.DA08, now))
                .isInstanceOfSatisfying(UnknownItem.class, e -> assertThat(e.field()).isEqualTo("planId"));
        assertThatThrownBy(() -> reports.units("ingen-plan", 2023, ReportingPeriod.DA08, now.knownAt()))
                .isInstanceOfSatisfying(UnknownItem.class, e -> assertThat(e.field()).isEqualTo("planId"));
        assertThat(reports.units(PLAN_ID, 2022, ReportingPeriod.DA08, now.knownAt())).as("a known plan without outcomes")
                .isEmpty();

        assertThatThrownBy(() -> reports.report(PLAN_ID, "Division Okänd", 2023, ReportingPeriod.DA08, now))
                .isInstanceOfSatisfying(UnknownItem.class, e -> {
                    assertThat(e.field()).isEqualTo("unit");
                    assertThat(e.reason()).contains("Division Länssjukvård 1", "Division Länssjukvård 2");
                });
        assertThatThrownBy(() -> reports.report(PLAN_ID, "länssjukvård", 2023, ReportingPeriod.DA08, now))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("unit");
                    assertThat(e.reason()).contains("Division Länssjukvård 1", "Division Länssjukvård 2");
                });
        assertThat(reports.report(PLAN_ID, "länssjukvård 2", 2023, ReportingPeriod.DA08, now).unit())
                .isEqualTo("Division Länssjukvård 2");
    }

    private static OutcomeRecorded outcomeOf(String unit) {
        return new OutcomeRecorded(PLAN_ID, "G1.F1.I1", unit, 2023, ReportingPeriod.DA08,
                new OutcomeValues(new BigDecimal("37"), null, null), null, "Datalager", null,
                new Judgement(Fulfilment.MET, "direction@1", "Ökat"), Trend.IMPROVING);
    }

    @OnBothDatabases
    void aJudgementMadeAgainByNewRulesIsAFactOfItsOwnTimeAndTheEarlierOneStays(ReadSide readSide) {
        feed(readSide);
        String reevaluated = "2023-11-15T09:00:00Z";
        readSide.feed(readSide.followUpProjection(), List.of(recorded(reevaluated, new OutcomeReevaluated(PLAN_ID,
                "G1.F1.I1", UNIT, 2023, ReportingPeriod.DA08, new OutcomeValues(new BigDecimal("38"), null, null), null,
                "Regelversion 3", new Judgement(Fulfilment.PARTLY_MET, "direction@3", "Ökat, inte till målet"),
                Trend.IMPROVING))));
        FollowUpReadModel reports = readSide.interimReports();

        assertThat(indicatorRow(reports.report(PLAN_ID, UNIT, 2023, ReportingPeriod.DA08, at("2023-09-15", "2023-11-01T00:00:00Z"))))
                .as("as known before").satisfies(row -> assertThat(row.fulfilment()).isEqualTo("MET"));
        assertThat(indicatorRow(reports.report(PLAN_ID, UNIT, 2023, ReportingPeriod.DA08, at("2023-09-15", "2023-12-01T00:00:00Z"))))
                .satisfies(row -> {
                    assertThat(row.fulfilment()).isEqualTo("PARTLY_MET");
                    assertThat(row.total()).isEqualByComparingTo("38");
                    assertThat(row.revision()).isEqualTo(3);
                    assertThat(row.correction()).isEqualTo("Regelversion 3");
                });
        assertThat(reports.outcomeHistory(PLAN_ID, "G1.F1.I1", UNIT, 2023, ReportingPeriod.DA08,
                Instant.parse("2023-12-01T00:00:00Z"))).extracting(OutcomeVersionView::rule)
                .containsExactly("direction@1", "direction@1", "direction@3");
    }

    @OnBothDatabases
    void anIndicatorsTrendRunsAcrossPeriodsAndYearsInReportOrderWithTheTargetFigureOfEachReport(ReadSide readSide) {
        List<EventMessage<?>> plan = new ArrayList<>(AdoptedPlan.events());
        plan.set(3, recorded("2022-11-02T09:02:00Z", new PlanItemAdded(PLAN_ID, 1, "G1.F1.I1", 1, "G1.F1",
                AdoptedPlan.indicator("DÅ04: 5,6% DÅ08: 4,8% ÅR: 4,9%"))));
        readSide.feed(readSide.planProjection(), plan);
        readSide.feed(readSide.followUpProjection(), List.of(
                outcome("2023-09-05T08:00:00Z", UNIT, 2023, ReportingPeriod.DA08, "4.4"),
                outcome("2023-05-05T08:00:00Z", UNIT, 2023, ReportingPeriod.DA04, "5.9"),
                outcome("2023-05-06T08:00:00Z", "Division Länssjukvård 1", 2023, ReportingPeriod.DA04, "7.0"),
                outcome("2024-05-05T08:00:00Z", UNIT, 2024, ReportingPeriod.DA04, "5.1"),
                recorded(CORRECTED, new OutcomeCorrected(PLAN_ID, "G1.F1.I1", UNIT, 2023, ReportingPeriod.DA08,
                        new OutcomeValues(new BigDecimal("4.5"), null, null), null, REASON,
                        new Judgement(Fulfilment.MET, "exact@1", "Under målet"), Trend.IMPROVING))));
        FollowUpReadModel reports = readSide.interimReports();

        IndicatorTrendView trend = reports.trend(PLAN_ID, "G1.F1.I1", "hela", at("2024-06-01", "2024-06-01T00:00:00Z"));

        assertThat(trend.unit()).isEqualTo(UNIT);
        assertThat(trend.name()).isEqualTo("Antal vårdkontakter på filialer och servicepunkter");
        assertThat(trend.points()).extracting(IndicatorTrendView.ReportPoint::label)
                .containsExactly("DÅ04 2023", "DÅ08 2023", "DÅ04 2024");
        assertThat(trend.points().get(1)).satisfies(p -> {
            assertThat(p.total()).as("as corrected").isEqualByComparingTo("4.5");
            assertThat(p.revision()).isEqualTo(2);
            assertThat(p.target()).isEqualTo("DÅ04: 5,6% DÅ08: 4,8% ÅR: 4,9%");
            assertThat(p.targetValue()).as("August's figure").isEqualByComparingTo("4.8");
        });
        assertThat(trend.points().get(0).targetValue()).isEqualByComparingTo("5.6");
        assertThat(reports.trend(PLAN_ID, "G1.F1.I1", UNIT, at("2024-06-01", "2023-12-31T00:00:00Z")).points())
                .as("before 2024's outcome was recorded").hasSize(2);
    }

    @OnBothDatabases
    void aGoalJudgedAgainAndWorkReportedAgainCountAsLastKnownAndTheEarlierStaysAsKnownBefore(ReadSide readSide) {
        List<EventMessage<?>> plan = new ArrayList<>(AdoptedPlan.events());
        plan.add(4, recorded("2022-11-02T09:03:00Z", new PlanItemAdded(PLAN_ID, 1, "G1.F1.A1", 1, "G1.F1",
                new Activity("Utöka filialernas öppettider", null))));
        readSide.feed(readSide.planProjection(), plan);
        String again = "2023-10-05T08:00:00Z";
        readSide.feed(readSide.followUpProjection(), List.of(
                recorded("2023-09-06T08:00:00Z", new GoalJudged(PLAN_ID, "G1", 2023, ReportingPeriod.DA08,
                        Fulfilment.PARTLY_MET, "Delvis uppfyllt")),
                recorded("2023-09-06T08:01:00Z", new WorkStatusReported(PLAN_ID, "G1.F1.A1", 2023, ReportingPeriod.DA08,
                        WorkStatus.ONGOING, "Pågår")),
                recorded(again, new GoalJudged(PLAN_ID, "G1", 2023, ReportingPeriod.DA08, Fulfilment.MET, "Uppfyllt")),
                recorded(again, new WorkStatusReported(PLAN_ID, "G1.F1.A1", 2023, ReportingPeriod.DA08,
                        WorkStatus.DONE, "Klart")),
                recorded(again, new GoalJudged(PLAN_ID, "G1", 2023, ReportingPeriod.DA04, Fulfilment.NOT_MET, null))));
        FollowUpReadModel reports = readSide.interimReports();

        InterimReportView before = reports.reportOf(PLAN_ID, UNIT, 2023, ReportingPeriod.DA08,
                at("2023-09-15", "2023-10-01T00:00:00Z"));
        assertThat(goal(before)).satisfies(goal -> {
            assertThat(goal.fulfilment()).isEqualTo("PARTLY_MET");
            assertThat(goal.narrative()).isEqualTo("Delvis uppfyllt");
        });
        assertThat(activity(before)).satisfies(work -> {
            assertThat(work.status()).isEqualTo("ONGOING");
            assertThat(work.comment()).isEqualTo("Pågår");
        });
        assertThat(before.summary().partlyMet()).isEqualTo(1);

        InterimReportView after = reports.reportOf(PLAN_ID, UNIT, 2023, ReportingPeriod.DA08,
                at("2023-09-15", "2023-11-01T00:00:00Z"));
        assertThat(goal(after).fulfilment()).as("April's judgement is of another report").isEqualTo("MET");
        assertThat(goal(after).narrative()).isEqualTo("Uppfyllt");
        assertThat(activity(after).status()).isEqualTo("DONE");
        assertThat(after.summary().met()).isEqualTo(1);
        assertThat(after.summary().partlyMet()).isZero();
        assertThat(reports.reportOf(PLAN_ID, UNIT, 2023, ReportingPeriod.DA08, at("2023-09-15", "2023-09-01T00:00:00Z")))
                .as("before any judgement").satisfies(report -> {
                    assertThat(goal(report).fulfilment()).isNull();
                    assertThat(activity(report).status()).isNull();
                });
    }

    private static InterimReportView.Goal goal(InterimReportView report) {
        return report.perspectives().stream().flatMap(p -> p.goals().stream()).filter(g -> g.goalId().equals("G1"))
                .findFirst().orElseThrow();
    }

    private static InterimReportView.Work activity(InterimReportView report) {
        return report.perspectives().stream().flatMap(p -> p.goals().stream()).flatMap(g -> g.factors().stream())
                .flatMap(f -> f.activities().stream()).filter(a -> a.itemId().equals("G1.F1.A1")).findFirst()
                .orElseThrow();
    }

    private static EventMessage<?> outcome(String at, String unit, int year, ReportingPeriod period, String total) {
        return recorded(at, new OutcomeRecorded(PLAN_ID, "G1.F1.I1", unit, year, period,
                new OutcomeValues(new BigDecimal(total), null, null), null, "Datalager", null,
                new Judgement(Fulfilment.MET, "exact@1", "Under målet"), Trend.IMPROVING));
    }

    private static InterimReportView.Row indicatorRow(InterimReportView report) {
        return report.perspectives().stream().flatMap(p -> p.goals().stream()).flatMap(g -> g.factors().stream())
                .flatMap(f -> f.indicators().stream()).filter(i -> i.indicatorId().equals("G1.F1.I1")).findFirst()
                .orElseThrow();
    }

    private static void feed(ReadSide readSide) {
        readSide.feed(readSide.planProjection(), AdoptedPlan.events());
        List<EventMessage<?>> followUp = List.of(
                recorded("2023-09-05T08:00:00Z", new OutcomeRecorded(PLAN_ID, "G1.F1.I1", UNIT, 2023, ReportingPeriod.DA08,
                        new OutcomeValues(new BigDecimal("36"), null, null), null, "Datalager", null,
                        new Judgement(Fulfilment.NOT_MET, "direction@1", "Minskat"), Trend.WORSENING)),
                recorded("2023-09-06T08:00:00Z", new GoalJudged(PLAN_ID, "G1", 2023, ReportingPeriod.DA08,
                        Fulfilment.PARTLY_MET, "Delvis uppfyllt")),
                recorded(CORRECTED, new OutcomeCorrected(PLAN_ID, "G1.F1.I1", UNIT, 2023, ReportingPeriod.DA08,
                        new OutcomeValues(new BigDecimal("38"), null, null), null, REASON,
                        new Judgement(Fulfilment.MET, "direction@1", "Ökat"), Trend.IMPROVING)));
        readSide.feed(readSide.followUpProjection(), followUp);
    }
}
