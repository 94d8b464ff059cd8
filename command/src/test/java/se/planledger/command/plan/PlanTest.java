package se.planledger.command.plan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planledger.command.api.CommandLimitsCheck;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.plan.AddPlanItem;
import se.planledger.domain.plan.AdoptPlan;
import se.planledger.domain.plan.DraftPlan;
import se.planledger.domain.plan.DraftPlanRevision;
import se.planledger.domain.plan.Perspective;
import se.planledger.domain.plan.PlanAdopted;
import se.planledger.domain.plan.PlanDrafted;
import se.planledger.domain.plan.PlanItemAdded;
import se.planledger.domain.plan.PlanItemRetired;
import se.planledger.domain.plan.PlanItemRevised;
import se.planledger.domain.plan.PlanRevised;
import se.planledger.domain.plan.PlanRevisionDrafted;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.plan.RetirePlanItem;
import se.planledger.domain.plan.RevisePlan;
import se.planledger.domain.plan.RevisePlanItem;
import se.planledger.domain.plan.item.Indicator;
import se.planledger.domain.plan.item.StrategicGoal;
import se.planledger.domain.plan.item.SuccessFactor;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.RuleViolation;
import se.planledger.domain.rejection.StaleVersion;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.target.StatedValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.axonframework.test.matchers.Matchers.predicate;

/** One test per rule and per rejection of the plan aggregate. */
class PlanTest {

    static final String PLAN = "rs-plan-2023-2025";
    static final PlanDrafted DRAFTED = new PlanDrafted(PLAN, "Regionstyrelsens plan 2023–2025", Body.RS, 2023, 2025);
    static final Decision ADOPTION = new Decision(Body.RS, "Dnr 1043-2022", LocalDate.of(2022, 6, 15), LocalDate.of(2023, 1, 1));
    static final Decision REVISION = new Decision(Body.RS, "Dnr 2001-2022", LocalDate.of(2022, 12, 7), LocalDate.of(2023, 6, 1));
    static final StrategicGoal GOAL = new StrategicGoal(Perspective.SOCIETY, "Ett hållbart och livskraftigt län",
            List.of(Body.RS, Body.RUN), null);
    static final SuccessFactor FACTOR = new SuccessFactor("Attraktiva livsmiljöer finns i hela Norrbotten", null);
    static final PlanItemAdded GOAL_ADDED = new PlanItemAdded(PLAN, 1, "G1", 1, null, GOAL);
    static final PlanItemAdded FACTOR_ADDED = new PlanItemAdded(PLAN, 1, "G1.F1", 1, "G1", FACTOR);

    FixtureConfiguration<Plan> fixture;

    static Indicator indicator(String target2023) {
        return new Indicator("Antal vårdkontakter på filialer och servicepunkter", "st", "Datalager",
                List.of(ReportingPeriod.DA04, ReportingPeriod.DA08, ReportingPeriod.AR),
                StatedValue.parse("2021 K: 2403 M: 2515"),
                Map.of(2023, StatedValue.parse(target2023), 2025, StatedValue.parse("Öka")), true, null, null);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Plan.class);
    }

    @Test
    void draftingAPlanOpensVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new DraftPlan(PLAN, " Regionstyrelsens plan 2023–2025 ", Body.RS, 2023, 2025))
                .expectSuccessfulHandlerExecution()
                .expectEvents(DRAFTED);
    }

    @Test
    void aPlanNeedsATitle() {
        fixture.givenNoPriorActivity()
                .when(new DraftPlan(PLAN, " ", Body.RS, 2023, 2025))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("must not be empty")
                .expectNoEvents();
    }

    @Test
    void aPlanNeedsAnOwningBoard() {
        fixture.givenNoPriorActivity()
                .when(new DraftPlan(PLAN, "Plan", null, 2023, 2025))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aPlansYearsRunForward() {
        fixture.givenNoPriorActivity()
                .when(new DraftPlan(PLAN, "Plan", Body.RS, 2025, 2023))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aPlanIdHasASafeShape() {
        // An id's form is an input limit, checked on every command before its handler runs.
        new CommandLimitsCheck(fixture.getCommandBus(), Clock.systemUTC());
        fixture.givenNoPriorActivity()
                .when(new DraftPlan("plan with spaces", "Plan", Body.RS, 2023, 2025))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void addingAGoalUnderItsPerspective() {
        fixture.given(DRAFTED)
                .when(new AddPlanItem(PLAN, "G1", null, GOAL))
                .expectEvents(GOAL_ADDED);
    }

    @Test
    void aGoalNeedsAPerspective() {
        fixture.given(DRAFTED)
                .when(new AddPlanItem(PLAN, "G1", null, new StrategicGoal(null, "Mål", List.of(), null)))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("a strategic goal needs its perspective")
                .expectNoEvents();
    }

    @Test
    void anItemNeedsAName() {
        fixture.given(DRAFTED)
                .when(new AddPlanItem(PLAN, "G1", null, new StrategicGoal(Perspective.SOCIETY, "", List.of(), null)))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void anItemNeedsContent() {
        fixture.given(DRAFTED)
                .when(new AddPlanItem(PLAN, "G1", null, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void itemIdsAreUnique() {
        fixture.given(DRAFTED, GOAL_ADDED)
                .when(new AddPlanItem(PLAN, "G1", null, GOAL))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aSuccessFactorHangsUnderAnExistingGoal() {
        fixture.given(DRAFTED, GOAL_ADDED)
                .when(new AddPlanItem(PLAN, "G1.F1", "G1", FACTOR))
                .expectEvents(FACTOR_ADDED);
    }

    @Test
    void aSuccessFactorNeedsItsGoal() {
        fixture.given(DRAFTED)
                .when(new AddPlanItem(PLAN, "G1.F1", null, FACTOR))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aParentMustBeOfTheRightKind() {
        fixture.given(DRAFTED, GOAL_ADDED, FACTOR_ADDED)
                .when(new AddPlanItem(PLAN, "G1.F1.I1", "G1", indicator("Öka")))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("the plan has no SUCCESS_FACTOR G1")
                .expectNoEvents();
    }

    @Test
    void aGoalHasNoParent() {
        fixture.given(DRAFTED, GOAL_ADDED)
                .when(new AddPlanItem(PLAN, "G2", "G1", GOAL))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void targetsLieWithinThePlansYears() {
        Indicator late = new Indicator("Mått", null, null, List.of(), StatedValue.parse("?"),
                Map.of(2030, StatedValue.parse("Öka")), false, null, null);
        fixture.given(DRAFTED, GOAL_ADDED, FACTOR_ADDED)
                .when(new AddPlanItem(PLAN, "G1.F1.I1", "G1.F1", late))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("2030 lies outside the plan's years 2023–2025")
                .expectNoEvents();
    }

    @Test
    void adoptingPutsVersionOneInForce() {
        fixture.given(DRAFTED, GOAL_ADDED)
                .when(new AdoptPlan(PLAN, ADOPTION))
                .expectEvents(new PlanAdopted(PLAN, 1, ADOPTION));
    }

    @Test
    void anAdoptionsReferenceIsNeverBlank() {
        fixture.given(DRAFTED)
                .when(new AdoptPlan(PLAN, new Decision(Body.RS, " ", LocalDate.of(2022, 6, 15), LocalDate.of(2023, 1, 1))))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("a decision's reference, e.g. \"Dnr 1043-2022\", or none when the source does "
                        + "not state it; not a blank")
                .expectNoEvents();
    }

    @Test
    void anAdoptionWithoutADecisionIsRefusedNamingTheDecision() {
        fixture.given(DRAFTED)
                .when(new AdoptPlan(PLAN, null))
                .expectException(predicate(e -> e instanceof InvalidInput refused && refused.field().equals("decision")))
                .expectNoEvents();
    }

    @Test
    void anAdoptionNeedsAnEffectiveDate() {
        fixture.given(DRAFTED)
                .when(new AdoptPlan(PLAN, new Decision(Body.RS, "Dnr 1043-2022", LocalDate.of(2022, 6, 15), null)))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aPlanIsAdoptedOnce() {
        fixture.given(DRAFTED, new PlanAdopted(PLAN, 1, ADOPTION))
                .when(new AdoptPlan(PLAN, ADOPTION))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDecidedVersionIsNotChangedInPlace() {
        fixture.given(DRAFTED, GOAL_ADDED, new PlanAdopted(PLAN, 1, ADOPTION))
                .when(new RevisePlanItem(PLAN, "G1", GOAL, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("version 1 of the plan is decided; draft a revision to change it")
                .expectNoEvents();
    }

    @Test
    void aRevisionDraftOpensTheNextVersion() {
        fixture.given(DRAFTED, new PlanAdopted(PLAN, 1, ADOPTION))
                .when(new DraftPlanRevision(PLAN))
                .expectEvents(new PlanRevisionDrafted(PLAN, 2, 1));
    }

    @Test
    void onlyAnAdoptedPlanIsRevised() {
        fixture.given(DRAFTED)
                .when(new DraftPlanRevision(PLAN))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void oneDraftAtATime() {
        fixture.given(DRAFTED, new PlanAdopted(PLAN, 1, ADOPTION), new PlanRevisionDrafted(PLAN, 2, 1))
                .when(new DraftPlanRevision(PLAN))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void revisingAnItemInTheDraftRaisesItsRevision() {
        fixture.given(DRAFTED, GOAL_ADDED, FACTOR_ADDED,
                        new PlanItemAdded(PLAN, 1, "G1.F1.I1", 1, "G1.F1", indicator("Öka")),
                        new PlanAdopted(PLAN, 1, ADOPTION), new PlanRevisionDrafted(PLAN, 2, 1))
                .when(new RevisePlanItem(PLAN, "G1.F1.I1", indicator("Öka 5 %"), 1L))
                .expectEvents(new PlanItemRevised(PLAN, 2, "G1.F1.I1", 2, indicator("Öka 5 %")))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aRevisionThatChangesNothingIsRefusedAsSuch() {
        fixture.given(DRAFTED, GOAL_ADDED)
                .when(new RevisePlanItem(PLAN, "G1", GOAL, 1L))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the revision states item G1 exactly as revision 1 does; nothing to record")
                .expectNoEvents();
    }

    @Test
    void aStaleRevisionIsRefused() {
        fixture.given(DRAFTED, GOAL_ADDED, new PlanItemRevised(PLAN, 1, "G1", 2, GOAL))
                .when(new RevisePlanItem(PLAN, "G1", GOAL, 1L))
                .expectException(StaleVersion.class)
                .expectNoEvents();
    }

    @Test
    void anItemKeepsItsKind() {
        fixture.given(DRAFTED, GOAL_ADDED)
                .when(new RevisePlanItem(PLAN, "G1", FACTOR, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void revisingAnUnknownItemIsRefused() {
        fixture.given(DRAFTED)
                .when(new RevisePlanItem(PLAN, "G9", GOAL, null))
                .expectException(UnknownItem.class)
                .expectNoEvents();
    }

    @Test
    void retiringAnItemKeepsItsHistory() {
        fixture.given(DRAFTED, GOAL_ADDED, FACTOR_ADDED)
                .when(new RetirePlanItem(PLAN, "G1.F1", "Ersatt av ny framgångsfaktor", 1L))
                .expectEvents(new PlanItemRetired(PLAN, 1, "G1.F1", 2, "Ersatt av ny framgångsfaktor"));
    }

    @Test
    void aRetirementNeedsAReason() {
        fixture.given(DRAFTED, GOAL_ADDED)
                .when(new RetirePlanItem(PLAN, "G1", "", null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aParentWithActiveChildrenCannotRetire() {
        fixture.given(DRAFTED, GOAL_ADDED, FACTOR_ADDED)
                .when(new RetirePlanItem(PLAN, "G1", "Utgår", null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("item G1 still has active items under it: G1.F1")
                .expectNoEvents();
    }

    @Test
    void aRetiredItemIsNotRevised() {
        fixture.given(DRAFTED, GOAL_ADDED, new PlanItemRetired(PLAN, 1, "G1", 2, "Utgår"))
                .when(new RevisePlanItem(PLAN, "G1", GOAL, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void nothingIsAddedUnderARetiredParent() {
        fixture.given(DRAFTED, GOAL_ADDED, new PlanItemRetired(PLAN, 1, "G1", 2, "Utgår"))
                .when(new AddPlanItem(PLAN, "G1.F1", "G1", FACTOR))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void revisingPutsTheDraftInForce() {
        fixture.given(DRAFTED, new PlanAdopted(PLAN, 1, ADOPTION), new PlanRevisionDrafted(PLAN, 2, 1))
                .when(new RevisePlan(PLAN, REVISION))
                .expectEvents(new PlanRevised(PLAN, 2, REVISION));
    }

    @Test
    void aRevisionNeedsADraft() {
        fixture.given(DRAFTED, new PlanAdopted(PLAN, 1, ADOPTION))
                .when(new RevisePlan(PLAN, REVISION))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aRevisionCannotTakeEffectBeforeTheVersionItRevises() {
        Decision backdated = new Decision(Body.RS, "Dnr 2001-2022", LocalDate.of(2022, 12, 7), LocalDate.of(2022, 12, 31));
        fixture.given(DRAFTED, new PlanAdopted(PLAN, 1, ADOPTION), new PlanRevisionDrafted(PLAN, 2, 1))
                .when(new RevisePlan(PLAN, backdated))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
