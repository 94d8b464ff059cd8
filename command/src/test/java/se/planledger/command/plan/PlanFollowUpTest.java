package se.planledger.command.plan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planledger.domain.followup.CorrectOutcome;
import se.planledger.domain.followup.Fulfilment;
import se.planledger.domain.followup.GoalJudged;
import se.planledger.domain.followup.JudgeGoal;
import se.planledger.domain.followup.Judgement;
import se.planledger.domain.followup.OutcomeCorrected;
import se.planledger.domain.followup.OutcomeRecorded;
import se.planledger.domain.followup.OutcomeValues;
import se.planledger.domain.followup.RecordOutcome;
import se.planledger.domain.followup.RecordOutcomes;
import se.planledger.domain.followup.ReportWorkStatus;
import se.planledger.domain.followup.WorkStatus;
import se.planledger.domain.followup.WorkStatusReported;
import se.planledger.domain.followup.Trend;
import se.planledger.domain.plan.PlanAdopted;
import se.planledger.domain.plan.PlanItemAdded;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.plan.item.Assignment;
import se.planledger.domain.plan.item.Indicator;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.RowErrors;
import se.planledger.domain.rejection.RuleViolation;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.target.StatedValue;
import se.planledger.domain.plan.AddPlanItem;
import se.planledger.domain.plan.item.GoodDirection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static se.planledger.command.plan.PlanTest.ADOPTION;
import static se.planledger.command.plan.PlanTest.DRAFTED;
import static se.planledger.command.plan.PlanTest.FACTOR_ADDED;
import static se.planledger.command.plan.PlanTest.GOAL_ADDED;
import static se.planledger.command.plan.PlanTest.PLAN;
import static se.planledger.command.plan.PlanTest.indicator;

/** Recording, correcting and judging outcomes against the plan's indicators: one test per rule and rejection. */
class PlanFollowUpTest {

    static final PlanItemAdded VISITS = new PlanItemAdded(PLAN, 1, "G1.F1.I1", 1, "G1.F1", indicator("Öka"));
    static final OutcomeValues APRIL = new OutcomeValues(new BigDecimal("5100"), new BigDecimal("2500"), new BigDecimal("2600"));

    FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    Object[] adopted() {
        return new Object[]{DRAFTED, GOAL_ADDED, FACTOR_ADDED, VISITS, new PlanAdopted(PLAN, 1, ADOPTION)};
    }

    @Test
    void anOutcomeIsJudgedAgainstItsTargetFromTheBaseline() {
        // Baseline "2021 K: 2403 M: 2515" has no total, so the direction "Öka" has nothing to move from yet.
        fixture.given(adopted())
                .when(new RecordOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA04, APRIL, null, "Datalager", null))
                .expectEvents(new OutcomeRecorded(PLAN, "G1.F1.I1", "Hela regionen", 2023, ReportingPeriod.DA04, APRIL, null,
                        "Datalager", null, new Judgement(Fulfilment.NOT_ASSESSABLE, "direction@3",
                        "needs the outcome and a previous value or baseline"), Trend.UNKNOWN));
    }

    @Test
    void aLaterOutcomeIsJudgedAgainstTheEarlierOne() {
        OutcomeValues august = new OutcomeValues(new BigDecimal("5300"), new BigDecimal("2600"), new BigDecimal("2700"));
        fixture.given(adopted())
                .andGiven(new OutcomeRecorded(PLAN, "G1.F1.I1", "Hela regionen", 2023, ReportingPeriod.DA04, APRIL, null, null,
                        null, new Judgement(Fulfilment.NOT_ASSESSABLE, "direction@1", ""), Trend.UNKNOWN))
                .when(new RecordOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA08, august, null, "Datalager", null))
                .expectEvents(new OutcomeRecorded(PLAN, "G1.F1.I1", "Hela regionen", 2023, ReportingPeriod.DA08, august, null,
                        "Datalager", null, new Judgement(Fulfilment.MET, "direction@3", "INCREASE: 5100 → 5300"), Trend.IMPROVING));
    }

    @Test
    void anUnknownIndicatorIsRefused() {
        fixture.given(adopted())
                .when(new RecordOutcome(PLAN, "G9.F9.I9", null, 2023, ReportingPeriod.DA04, APRIL, null, null, null))
                .expectException(UnknownItem.class)
                .expectNoEvents();
    }

    @Test
    void aPeriodTheIndicatorIsNotReportedInIsRefused() {
        fixture.given(adopted())
                .when(new RecordOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.T2, APRIL, null, null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("G1.F1.I1 is reported in [DÅ04, DÅ08, ÅR], not in T2")
                .expectNoEvents();
    }

    @Test
    void genderValuesForAnIndicatorWithoutGenderSplitAreRefused() {
        PlanItemAdded noSplit = new PlanItemAdded(PLAN, 1, "G1.F1.I2", 1, "G1.F1",
                new Indicator("Invånarnas uppfattning", null, null, List.of(), StatedValue.parse("2021"), Map.of(), false, null, null));
        fixture.given(DRAFTED, GOAL_ADDED, FACTOR_ADDED, noSplit)
                .when(new RecordOutcome(PLAN, "G1.F1.I2", null, 2023, ReportingPeriod.AR, APRIL, null, null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("G1.F1.I2 is not split by gender; report its total")
                .expectNoEvents();
    }

    @Test
    void aYearOutsideThePlanIsRefused() {
        fixture.given(adopted())
                .when(new RecordOutcome(PLAN, "G1.F1.I1", null, 2022, ReportingPeriod.DA04, APRIL, null, null, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void anOutcomeIsRecordedOnceAndCorrectedAfter() {
        fixture.given(adopted())
                .andGiven(new OutcomeRecorded(PLAN, "G1.F1.I1", "Hela regionen", 2023, ReportingPeriod.DA04, APRIL, null, null,
                        null, new Judgement(Fulfilment.NOT_ASSESSABLE, "direction@1", ""), Trend.UNKNOWN))
                .when(new RecordOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA04, APRIL, null, null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectionSupersedesWithItsReasonAndIsJudgedAgain() {
        OutcomeValues corrected = new OutcomeValues(new BigDecimal("5050"), new BigDecimal("2480"), new BigDecimal("2570"));
        fixture.given(adopted())
                .andGiven(new OutcomeRecorded(PLAN, "G1.F1.I1", "Hela regionen", 2023, ReportingPeriod.DA04, APRIL, null, null,
                        null, new Judgement(Fulfilment.NOT_ASSESSABLE, "direction@1", ""), Trend.UNKNOWN))
                .when(new CorrectOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA04, corrected, null, "Dubbelräknade besök"))
                .expectEvents(new OutcomeCorrected(PLAN, "G1.F1.I1", "Hela regionen", 2023, ReportingPeriod.DA04, corrected,
                        null, "Dubbelräknade besök", new Judgement(Fulfilment.NOT_ASSESSABLE, "direction@3",
                        "needs the outcome and a previous value or baseline"), Trend.UNKNOWN));
    }

    @Test
    void onlyARecordedOutcomeIsCorrected() {
        fixture.given(adopted())
                .when(new CorrectOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA04, APRIL, null, "fel"))
                .expectException(UnknownItem.class)
                .expectNoEvents();
    }

    @Test
    void aBatchIsRecordedWhole() {
        RecordOutcome april = new RecordOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA04, APRIL, null, null, null);
        fixture.given(adopted())
                .when(new RecordOutcomes(PLAN, List.of(april)))
                .expectEvents(new OutcomeRecorded(PLAN, "G1.F1.I1", "Hela regionen", 2023, ReportingPeriod.DA04, APRIL, null,
                        null, null, new Judgement(Fulfilment.NOT_ASSESSABLE, "direction@3",
                        "needs the outcome and a previous value or baseline"), Trend.UNKNOWN));
    }

    @Test
    void aBatchWithOneBadRowRecordsNothingAndNamesTheRow() {
        RecordOutcome good = new RecordOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.DA04, APRIL, null, null, null);
        RecordOutcome bad = new RecordOutcome(PLAN, "G1.F1.I1", null, 2023, ReportingPeriod.T2, APRIL, null, null, null);
        fixture.given(adopted())
                .when(new RecordOutcomes(PLAN, List.of(good, bad)))
                .expectException(RowErrors.class)
                .expectExceptionMessage("1 row(s) cannot be recorded; nothing was recorded")
                .expectNoEvents();
    }

    @Test
    void theBoardJudgesAGoalPerReportPeriod() {
        fixture.given(adopted())
                .when(new JudgeGoal(PLAN, "G1", 2023, ReportingPeriod.DA08, Fulfilment.PARTLY_MET, "Delvis uppfyllt"))
                .expectEvents(new GoalJudged(PLAN, "G1", 2023, ReportingPeriod.DA08, Fulfilment.PARTLY_MET, "Delvis uppfyllt"));
    }

    @Test
    void onlyActivitiesAndAssignmentsHaveAWorkStatus() {
        fixture.given(adopted())
                .when(new ReportWorkStatus(PLAN, "G1.F1.I1", 2023, ReportingPeriod.DA04, WorkStatus.ONGOING, null))
                .expectException(UnknownItem.class)
                .expectNoEvents();
    }

    @Test
    void anAssignmentsStatusIsReported() {
        PlanItemAdded assignment = new PlanItemAdded(PLAN, 1, "A16", 1, null, new Assignment(
                "Säkerställa öppnandet av filialer och servicepunkter inom primärvård.", List.of()));
        fixture.given(DRAFTED, assignment)
                .when(new ReportWorkStatus(PLAN, "A16", 2023, ReportingPeriod.DA04, WorkStatus.ONGOING, "Pågår"))
                .expectEvents(new WorkStatusReported(PLAN, "A16", 2023, ReportingPeriod.DA04, WorkStatus.ONGOING, "Pågår"));
    }

    @Test
    void onlyAStrategicGoalIsJudged() {
        fixture.given(adopted())
                .when(new JudgeGoal(PLAN, "G1.F1", 2023, ReportingPeriod.DA08, Fulfilment.MET, null))
                .expectException(UnknownItem.class)
                .expectNoEvents();
    }

    @Test
    void aRelativeChangeIsMeasuredFromTheBaselineNotFromTheLastReport() {
        PlanItemAdded antibiotics = new PlanItemAdded(PLAN, 1, "G1.F1.I3", 1, "G1.F1", new Indicator("Antibiotikaförskrivning",
                "%", null, List.of(ReportingPeriod.DA08, ReportingPeriod.AR), StatedValue.parse("2021: 37 %"),
                Map.of(2023, StatedValue.parse("Minska 5 %")), false, null, null));
        OutcomeValues august = new OutcomeValues(new BigDecimal("36"), null, null);
        OutcomeValues year = new OutcomeValues(new BigDecimal("35"), null, null);
        fixture.given(DRAFTED, GOAL_ADDED, FACTOR_ADDED, antibiotics, new PlanAdopted(PLAN, 1, ADOPTION))
                .andGiven(new OutcomeRecorded(PLAN, "G1.F1.I3", "Hela regionen", 2023, ReportingPeriod.DA08, august, null,
                        null, null, new Judgement(Fulfilment.PARTLY_MET, "relative-change@1", ""), Trend.IMPROVING))
                .when(new RecordOutcome(PLAN, "G1.F1.I3", null, 2023, ReportingPeriod.AR, year, null, null, null))
                .expectEvents(new OutcomeRecorded(PLAN, "G1.F1.I3", "Hela regionen", 2023, ReportingPeriod.AR, year, null,
                        null, null, new Judgement(Fulfilment.MET, "relative-change@3", "37 → 35, required 35.15"),
                        Trend.IMPROVING));
    }

    @Test
    void aGoodDirectionThatContradictsTheTargetsWordsIsRefused() {
        Indicator contradicting = new Indicator("Antal vårdkontakter", null, null, List.of(ReportingPeriod.AR),
                StatedValue.parse(""), Map.of(2023, StatedValue.parse("Öka")), false, null, GoodDirection.LOWER_IS_BETTER);
        fixture.given(DRAFTED, GOAL_ADDED, FACTOR_ADDED)
                .when(new AddPlanItem(PLAN, "G1.F1.I4", "G1.F1", contradicting))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }
}
