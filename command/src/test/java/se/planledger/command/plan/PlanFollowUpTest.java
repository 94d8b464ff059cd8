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
import se.planledger.domain.plan.PlanYears;
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
import se.planledger.domain.followup.PeriodOfYear;
import se.planledger.domain.plan.PlanItemRetired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.test.matchers.Matchers.predicate;
import java.util.List;
import java.util.Map;

import static se.planledger.command.plan.PlanTest.ADOPTION;
import static se.planledger.command.plan.PlanTest.DRAFTED;
import static se.planledger.command.plan.PlanTest.FACTOR_ADDED;
import static se.planledger.command.plan.PlanTest.GOAL_ADDED;
import static se.planledger.command.plan.PlanTest.PLAN;
import static se.planledger.command.plan.PlanTest.indicator;

/**
 * What the plan keeps of its follow-up: the board's goal judgements, work statuses, and the indicators outcomes are
 * judged against (outcomes themselves: {@code OutcomeSeriesTest}). One test per rule and refusal.
 */
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
    void anIndicatorIsGivenAsThePlanHoldsItWithTheUnitsOutcomesRecordedOnTheOlderPlanStream() {
        Plan plan = new Plan();
        plan.on(DRAFTED);
        plan.on(VISITS);
        plan.on(new OutcomeRecorded(PLAN, "G1.F1.I1", "Hela regionen", 2023, ReportingPeriod.DA04, APRIL, null, null, null,
                new Judgement(Fulfilment.NOT_ASSESSABLE, "direction@1", ""), Trend.UNKNOWN));
        plan.on(new OutcomeRecorded(PLAN, "G1.F1.I1", "Division Nära", 2023, ReportingPeriod.DA08, APRIL, null, null, null,
                new Judgement(Fulfilment.NOT_ASSESSABLE, "direction@1", ""), Trend.UNKNOWN));

        PlannedIndicator planned = plan.plannedIndicator("G1.F1.I1", "Hela regionen");

        assertThat(planned.indicator()).isEqualTo(VISITS.content());
        assertThat(planned.years()).isEqualTo(new PlanYears(2023, 2025));
        assertThat(planned.recordedOnPlan()).containsExactly(Map.entry(new PeriodOfYear(2023, ReportingPeriod.DA04), APRIL));
    }

    @Test
    void aRetiredIndicatorTakesNoOutcome() {
        Plan plan = new Plan();
        plan.on(DRAFTED);
        plan.on(VISITS);
        plan.on(new PlanItemRetired(PLAN, 1, "G1.F1.I1", 2, "Ersatt"));

        assertThatThrownBy(() -> plan.plannedIndicator("G1.F1.I1", "Hela regionen")).isInstanceOf(UnknownItem.class);
        assertThatThrownBy(() -> plan.plannedIndicator("G1", "Hela regionen")).isInstanceOf(UnknownItem.class);
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

    static final PlanItemAdded ASSIGNMENT = new PlanItemAdded(PLAN, 1, "A16", 1, null, new Assignment(
            "Säkerställa öppnandet av filialer och servicepunkter inom primärvård.", List.of()));

    @Test
    void anAssignmentsStatusIsReported() {
        fixture.given(DRAFTED, ASSIGNMENT)
                .when(new ReportWorkStatus(PLAN, "A16", 2023, ReportingPeriod.DA04, WorkStatus.ONGOING, "Pågår"))
                .expectEvents(new WorkStatusReported(PLAN, "A16", 2023, ReportingPeriod.DA04, WorkStatus.ONGOING, "Pågår"));
    }

    @Test
    void aGoalIsJudgedOnlyForThePlansYears() {
        fixture.given(adopted())
                .when(new JudgeGoal(PLAN, "G1", 2026, ReportingPeriod.DA08, Fulfilment.MET, null))
                .expectException(predicate(e -> e instanceof InvalidInput refused && refused.field().equals("year")))
                .expectExceptionMessage("2026 lies outside the plan's years 2023–2025")
                .expectNoEvents();
    }

    @Test
    void aWorkStatusIsReportedOnlyForThePlansYears() {
        PlanItemAdded assignment = new PlanItemAdded(PLAN, 1, "A16", 1, null, new Assignment("Filialer", List.of()));
        fixture.given(DRAFTED, assignment)
                .when(new ReportWorkStatus(PLAN, "A16", 2022, ReportingPeriod.DA04, WorkStatus.ONGOING, null))
                .expectException(predicate(e -> e instanceof InvalidInput refused && refused.field().equals("year")))
                .expectExceptionMessage("2022 lies outside the plan's years 2023–2025")
                .expectNoEvents();
    }

    @Test
    void aCommentIsReportedWithTheStatusNotStatedWhereTheReportPrintsNone() {
        // Seed 001, action 26: the status column keeps no word, the comment is printed.
        fixture.given(DRAFTED, ASSIGNMENT)
                .when(new ReportWorkStatus(PLAN, "A16", 2023, ReportingPeriod.DA04, null,
                        "Omställningen pågår i dagsläge för VO Barnsjukvård och Internmedicin."))
                .expectEvents(new WorkStatusReported(PLAN, "A16", 2023, ReportingPeriod.DA04, null,
                        "Omställningen pågår i dagsläge för VO Barnsjukvård och Internmedicin."));
    }

    @Test
    void aWorkStatusReportWithNeitherStatusNorCommentIsRefused() {
        fixture.given(DRAFTED, ASSIGNMENT)
                .when(new ReportWorkStatus(PLAN, "A16", 2023, ReportingPeriod.DA04, null, " "))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("state the status, or the comment the report gives when it states none")
                .expectNoEvents();
    }

    @Test
    void onlyAStrategicGoalIsJudged() {
        fixture.given(adopted())
                .when(new JudgeGoal(PLAN, "G1.F1", 2023, ReportingPeriod.DA08, Fulfilment.MET, null))
                .expectException(UnknownItem.class)
                .expectNoEvents();
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
