package se.planledger.command.followup;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planledger.command.plan.PlannedIndicator;
import se.planledger.domain.followup.CorrectOutcome;
import se.planledger.domain.followup.Fulfilment;
import se.planledger.domain.followup.Judgement;
import se.planledger.domain.followup.OutcomeCorrected;
import se.planledger.domain.followup.OutcomeRecorded;
import se.planledger.domain.followup.OutcomeReevaluated;
import se.planledger.domain.followup.OutcomeValues;
import se.planledger.domain.followup.PeriodOfYear;
import se.planledger.domain.followup.RecordOutcome;
import se.planledger.domain.followup.RecordOutcomes;
import se.planledger.domain.followup.ReevaluateOutcome;
import se.planledger.domain.followup.Trend;
import se.planledger.domain.plan.PlanYears;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.plan.item.Indicator;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.RowErrors;
import se.planledger.domain.rejection.RuleViolation;
import se.planledger.domain.rejection.StaleVersion;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.target.StatedValue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording and correcting the outcomes of one indicator for one unit, judged against the indicator as the plan holds
 * it: one test per rule and refusal. Indicators from the board's plan 2023–2025 (seed 000).
 */
class OutcomeSeriesTest {

    static final String PLAN = "rs-plan-2023-2025";
    static final String REGION = "Hela regionen";
    static final Indicator VISITS = new Indicator("Antal vårdkontakter på filialer och servicepunkter", "st", "Datalager",
            List.of(ReportingPeriod.DA04, ReportingPeriod.DA08, ReportingPeriod.AR),
            StatedValue.parse("2021 K: 2403 M: 2515"),
            Map.of(2023, StatedValue.parse("Öka"), 2025, StatedValue.parse("Öka")), true, null, null);
    static final Indicator ANTIBIOTICS = new Indicator("Antibiotikaförskrivning", "%", null,
            List.of(ReportingPeriod.DA08, ReportingPeriod.AR), StatedValue.parse("2021: 37 %"),
            Map.of(2023, StatedValue.parse("Minska 5 %")), false, null, null);
    static final OutcomeValues APRIL = new OutcomeValues(new BigDecimal("5100"), new BigDecimal("2500"), new BigDecimal("2600"));
    static final OutcomeValues AUGUST = new OutcomeValues(new BigDecimal("5300"), new BigDecimal("2600"), new BigDecimal("2700"));
    static final Judgement EARLIER = new Judgement(Fulfilment.NOT_ASSESSABLE, "direction@1", "");
    static final Judgement NOTHING_TO_MOVE_FROM = new Judgement(Fulfilment.NOT_ASSESSABLE, "direction@4",
            "needs the outcome and a previous value or baseline");

    final Map<String, PlannedIndicator> plan = new HashMap<>();
    FixtureConfiguration<OutcomeSeries> fixture;

    @BeforeEach
    void setUp() {
        plan.put("G1.F1.I1", planned("G1.F1.I1", VISITS, Map.of()));
        plan.put("G1.F1.I3", planned("G1.F1.I3", ANTIBIOTICS, Map.of()));
        fixture = new AggregateTestFixture<>(OutcomeSeries.class);
        fixture.registerAnnotatedCommandHandler(new OutcomeCommandHandler(fixture.getRepository(),
                (planId, indicatorId, unit) -> {
                    PlannedIndicator found = plan.get(indicatorId);
                    if (found == null) {
                        throw new UnknownItem("indicatorId", "the plan has no indicator " + indicatorId);
                    }
                    return found;
                }));
    }

    static PlannedIndicator planned(String indicatorId, Indicator indicator, Map<PeriodOfYear, OutcomeValues> onPlan) {
        return new PlannedIndicator(PLAN, indicatorId, indicator, new PlanYears(2023, 2025), new TreeMap<>(onPlan));
    }

    static RecordOutcome visits(ReportingPeriod period, OutcomeValues values) {
        return new RecordOutcome(PLAN, "G1.F1.I1", null, 2023, period, values, null, "Datalager", null);
    }

    static OutcomeRecorded visitsRecorded(ReportingPeriod period, OutcomeValues values, Judgement judgement, Trend trend) {
        return new OutcomeRecorded(PLAN, "G1.F1.I1", REGION, 2023, period, values, null, "Datalager", null, judgement, trend);
    }

    @Test
    void anOutcomeWithoutAnythingToMoveFromIsNotAssessable() {
        // Baseline "2021 K: 2403 M: 2515" has no total, so the direction "Öka" has nothing to move from yet.
        fixture.givenNoPriorActivity()
                .when(visits(ReportingPeriod.DA04, APRIL))
                .expectEvents(visitsRecorded(ReportingPeriod.DA04, APRIL, NOTHING_TO_MOVE_FROM, Trend.UNKNOWN));
    }

    @Test
    void aLaterOutcomeIsJudgedAgainstTheUnitsEarlierOne() {
        fixture.given(visitsRecorded(ReportingPeriod.DA04, APRIL, EARLIER, Trend.UNKNOWN))
                .when(visits(ReportingPeriod.DA08, AUGUST))
                .expectEvents(visitsRecorded(ReportingPeriod.DA08, AUGUST,
                        new Judgement(Fulfilment.MET, "direction@4", "INCREASE: 5100 → 5300"), Trend.IMPROVING));
    }

    @Test
    void anOutcomeRecordedOnThePlanBeforeSeriesExistedCountsAsEarlier() {
        aprilRecordedOnThePlan();
        fixture.givenNoPriorActivity()
                .when(visits(ReportingPeriod.DA08, AUGUST))
                .expectEvents(visitsRecorded(ReportingPeriod.DA08, AUGUST,
                        new Judgement(Fulfilment.MET, "direction@4", "INCREASE: 5100 → 5300"), Trend.IMPROVING));
    }

    @Test
    void anOutcomeRecordedOnThePlanBeforeSeriesExistedIsNotRecordedAgain() {
        aprilRecordedOnThePlan();
        fixture.givenNoPriorActivity()
                .when(visits(ReportingPeriod.DA04, APRIL))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    /** As an older plan holds it: the April outcome on the plan's own stream, before series existed. */
    void aprilRecordedOnThePlan() {
        plan.put("G1.F1.I1", planned("G1.F1.I1", VISITS, Map.of(new PeriodOfYear(2023, ReportingPeriod.DA04), APRIL)));
    }

    @Test
    void anUnknownIndicatorIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordOutcome(PLAN, "G9.F9.I9", null, 2023, ReportingPeriod.DA04, APRIL, null, null, null))
                .expectException(UnknownItem.class)
                .expectNoEvents();
    }

    @Test
    void aPeriodTheIndicatorIsNotReportedInIsRefused() {
        fixture.givenNoPriorActivity()
                .when(visits(ReportingPeriod.T2, APRIL))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("G1.F1.I1 is reported in [DÅ04, DÅ08, ÅR], not in T2")
                .expectNoEvents();
    }

    @Test
    void genderValuesForAnIndicatorWithoutGenderSplitAreRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordOutcome(PLAN, "G1.F1.I3", null, 2023, ReportingPeriod.AR, APRIL, null, null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("G1.F1.I3 is not split by gender; report its total")
                .expectNoEvents();
    }

    @Test
    void anOutcomeWithoutValuesIsRefused() {
        fixture.givenNoPriorActivity()
                .when(visits(ReportingPeriod.DA04, new OutcomeValues(null, null, null)))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aYearOutsideThePlanIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordOutcome(PLAN, "G1.F1.I1", null, 2022, ReportingPeriod.DA04, APRIL, null, null, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void anOutcomeIsRecordedOnceAndCorrectedAfter() {
        fixture.given(visitsRecorded(ReportingPeriod.DA04, APRIL, EARLIER, Trend.UNKNOWN))
                .when(visits(ReportingPeriod.DA04, APRIL))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("an outcome for G1.F1.I1, Hela regionen, 2023 DÅ04 is already recorded; correct it instead")
                .expectNoEvents();
    }

    @Test
    void aCorrectionSupersedesWithItsReasonAndIsJudgedAgain() {
        OutcomeValues corrected = new OutcomeValues(new BigDecimal("5050"), new BigDecimal("2480"), new BigDecimal("2570"));
        fixture.given(visitsRecorded(ReportingPeriod.DA04, APRIL, EARLIER, Trend.UNKNOWN))
                .when(new CorrectOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA04, corrected, null, "Dubbelräknade besök", null))
                .expectEvents(new OutcomeCorrected(PLAN, "G1.F1.I1", REGION, 2023, ReportingPeriod.DA04, corrected,
                        null, "Dubbelräknade besök", NOTHING_TO_MOVE_FROM, Trend.UNKNOWN));
    }

    @Test
    void aCorrectionNeedsItsReason() {
        fixture.given(visitsRecorded(ReportingPeriod.DA04, APRIL, EARLIER, Trend.UNKNOWN))
                .when(new CorrectOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA04, AUGUST, null, " ", null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void onlyARecordedOutcomeIsCorrected() {
        fixture.givenNoPriorActivity()
                .when(new CorrectOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA04, APRIL, null, "fel", null))
                .expectException(UnknownItem.class)
                .expectNoEvents();
    }

    @Test
    void aBatchIsRecordedWholeEachRowMovingFromTheOneBefore() {
        fixture.givenNoPriorActivity()
                .when(new RecordOutcomes(PLAN, List.of(visits(ReportingPeriod.DA04, APRIL), visits(ReportingPeriod.DA08, AUGUST))))
                .expectEvents(visitsRecorded(ReportingPeriod.DA04, APRIL, NOTHING_TO_MOVE_FROM, Trend.UNKNOWN),
                        visitsRecorded(ReportingPeriod.DA08, AUGUST,
                                new Judgement(Fulfilment.MET, "direction@4", "INCREASE: 5100 → 5300"), Trend.IMPROVING));
    }

    @Test
    void aBatchWithBadRowsRecordsNothingAndNamesEachRow() {
        RecordOutcome good = visits(ReportingPeriod.DA04, APRIL);
        RecordOutcome otherPeriod = visits(ReportingPeriod.T2, APRIL);
        fixture.givenNoPriorActivity()
                .when(new RecordOutcomes(PLAN, List.of(good, otherPeriod, good)))
                .expectException(RowErrors.class)
                .expectExceptionMessage("2 row(s) cannot be recorded; nothing was recorded")
                .expectNoEvents();
    }

    @Test
    void aRelativeChangeIsMeasuredFromTheBaselineNotFromTheLastReport() {
        OutcomeValues august = new OutcomeValues(new BigDecimal("36"), null, null);
        OutcomeValues year = new OutcomeValues(new BigDecimal("35"), null, null);
        fixture.given(new OutcomeRecorded(PLAN, "G1.F1.I3", REGION, 2023, ReportingPeriod.DA08, august, null,
                        null, null, new Judgement(Fulfilment.PARTLY_MET, "relative-change@1", ""), Trend.IMPROVING))
                .when(new RecordOutcome(PLAN, "G1.F1.I3", null, 2023, ReportingPeriod.AR, year, null, null, null))
                .expectEvents(new OutcomeRecorded(PLAN, "G1.F1.I3", REGION, 2023, ReportingPeriod.AR, year, null,
                        null, null, new Judgement(Fulfilment.MET, "relative-change@4", "37 → 35, required 35.15"),
                        Trend.IMPROVING));
    }

    @Test
    void anOutcomeJudgedByAnEarlierRuleIsJudgedAgainAsANewFactKeepingItsValues() {
        fixture.given(visitsRecorded(ReportingPeriod.DA04, APRIL, EARLIER, Trend.UNKNOWN),
                        visitsRecorded(ReportingPeriod.DA08, AUGUST, new Judgement(Fulfilment.NOT_MET, "direction@1", ""),
                                Trend.WORSENING))
                .when(new ReevaluateOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA08, "Regelversion 3", null))
                .expectEvents(new OutcomeReevaluated(PLAN, "G1.F1.I1", REGION, 2023, ReportingPeriod.DA08, AUGUST, null,
                        "Regelversion 3", new Judgement(Fulfilment.MET, "direction@4", "INCREASE: 5100 → 5300"),
                        Trend.IMPROVING));
    }

    @Test
    void aJudgementTheRulesGiveAgainUnchangedIsNotRecordedTwice() {
        fixture.given(visitsRecorded(ReportingPeriod.DA04, APRIL, NOTHING_TO_MOVE_FROM, Trend.UNKNOWN))
                .when(new ReevaluateOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA04, "Regelversion 3", null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void onlyARecordedOutcomeIsJudgedAgain() {
        fixture.givenNoPriorActivity()
                .when(new ReevaluateOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA04, "Regelversion 3", null))
                .expectException(UnknownItem.class)
                .expectNoEvents();
    }

    @Test
    void eachIndicatorAndUnitHasASeriesOfItsOwn() {
        assertThat(OutcomeSeries.idOf(PLAN, "G1.F1.I1", REGION))
                .isEqualTo(OutcomeSeries.idOf(PLAN, "G1.F1.I1", REGION))
                .isNotEqualTo(OutcomeSeries.idOf(PLAN, "G1.F1.I1", "Division Länssjukvård 1"))
                .isNotEqualTo(OutcomeSeries.idOf(PLAN, "G1.F1.I3", REGION))
                .hasSize(36);
    }

    @Test
    void aCorrectionOfAnotherRevisionThanTheOutcomesIsRefused() {
        OutcomeValues corrected = new OutcomeValues(new BigDecimal("5050"), new BigDecimal("2480"), new BigDecimal("2570"));
        fixture.given(visitsRecorded(ReportingPeriod.DA04, APRIL, EARLIER, Trend.UNKNOWN),
                        new OutcomeCorrected(PLAN, "G1.F1.I1", REGION, 2023, ReportingPeriod.DA04, corrected, null,
                                "Dubbelräknade besök", NOTHING_TO_MOVE_FROM, Trend.UNKNOWN))
                .when(new CorrectOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA04, AUGUST, null, "Fel period", 1L))
                .expectException(StaleVersion.class)
                .expectExceptionMessage("the item was changed by someone else: you had version 1, the ledger has 2")
                .expectNoEvents();
    }

    @Test
    void aCorrectionOfTheRevisionReadIsRecorded() {
        OutcomeValues corrected = new OutcomeValues(new BigDecimal("5050"), new BigDecimal("2480"), new BigDecimal("2570"));
        fixture.given(visitsRecorded(ReportingPeriod.DA04, APRIL, EARLIER, Trend.UNKNOWN),
                        visitsRecorded(ReportingPeriod.DA08, AUGUST, EARLIER, Trend.UNKNOWN))
                .when(new CorrectOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA04, corrected, null,
                        "Dubbelräknade besök", 1L))
                .expectEvents(new OutcomeCorrected(PLAN, "G1.F1.I1", REGION, 2023, ReportingPeriod.DA04, corrected,
                        null, "Dubbelräknade besök", NOTHING_TO_MOVE_FROM, Trend.UNKNOWN));
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        fixture.given(visitsRecorded(ReportingPeriod.DA04, APRIL, EARLIER, Trend.UNKNOWN))
                .when(new CorrectOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA04,
                        new OutcomeValues(new BigDecimal("5100"), new BigDecimal("2500"), new BigDecimal("2600")), null,
                        "Kontrollerad", 1L))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the correction states the outcome for G1.F1.I1, Hela regionen, 2023 DÅ04 exactly "
                        + "as it stands (the same values and peer value); nothing to record")
                .expectNoEvents();
    }

    @Test
    void aReevaluationOfAnotherRevisionThanTheOutcomesIsRefused() {
        fixture.given(visitsRecorded(ReportingPeriod.DA04, APRIL, EARLIER, Trend.UNKNOWN),
                        visitsRecorded(ReportingPeriod.DA08, AUGUST, new Judgement(Fulfilment.NOT_MET, "direction@1", ""),
                                Trend.WORSENING))
                .when(new ReevaluateOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA08, "Regelversion 3", 2L))
                .expectException(StaleVersion.class)
                .expectNoEvents();
    }
}
