package se.planledger.command.control;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planledger.domain.control.ActionOpened;
import se.planledger.domain.control.ActionStatus;
import se.planledger.domain.control.ActionStatusChanged;
import se.planledger.domain.control.ActionToTake;
import se.planledger.domain.control.AdoptControlPlan;
import se.planledger.domain.control.ChangeActionStatus;
import se.planledger.domain.control.ControlFollowUpReported;
import se.planledger.domain.control.ControlPerformed;
import se.planledger.domain.control.ControlPlanAdopted;
import se.planledger.domain.control.ControlPoint;
import se.planledger.domain.control.ControlResult;
import se.planledger.domain.control.RecordControl;
import se.planledger.domain.control.ReportControlFollowUp;
import se.planledger.domain.control.ReportedPoint;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.RuleViolation;
import se.planledger.domain.rejection.StaleVersion;
import se.planledger.domain.rejection.UnknownItem;

import java.time.LocalDate;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.predicate;

/** One test per rule and rejection of an internal-control plan; points from seed 002's plan for 2018. */
class InternalControlPlanTest {

    static final String PLAN = "ik-rs-2018";
    static final ControlPoint BISYSSLOR = new ControlPoint("IK02", "Bisysslor", "Regiondirektörens stab",
            "Registrerade bisysslor i jämförs med Bolagsverket", null, List.of("R15"));
    static final Decision DECISION = new Decision(Body.RS, null, null, LocalDate.of(2018, 1, 1));
    static final ControlPlanAdopted ADOPTED = new ControlPlanAdopted(PLAN, "RS", 2018, List.of(BISYSSLOR), DECISION);
    static final ActionToTake ACTION = new ActionToTake("A1", "Komplettera registreringen", "HR-direktören",
            LocalDate.of(2018, 12, 31));
    static final LocalDate MAY = LocalDate.of(2018, 5, 15);

    static final LocalDate JUNE = LocalDate.of(2018, 6, 1);
    static final ActionOpened OPENED = new ActionOpened(PLAN, "A1", "K1", "IK02", "Utbilda cheferna", "HR-direktören",
            LocalDate.of(2018, 12, 31), MAY);

    FixtureConfiguration<InternalControlPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InternalControlPlan.class);
    }

    @Test
    void aPlanIsAdoptedByADecision() {
        fixture.givenNoPriorActivity()
                .when(new AdoptControlPlan(PLAN, "RS", 2018, List.of(BISYSSLOR), DECISION))
                .expectEvents(ADOPTED);
    }

    @Test
    void aPlanWithoutADecisionIsRefusedNamingTheDecision() {
        fixture.givenNoPriorActivity()
                .when(new AdoptControlPlan(PLAN, "RS", 2018, List.of(BISYSSLOR), null))
                .expectException(predicate(e -> e instanceof InvalidInput refused && refused.field().equals("decision")))
                .expectNoEvents();
    }

    @Test
    void aPlanHasControlPoints() {
        fixture.givenNoPriorActivity()
                .when(new AdoptControlPlan(PLAN, "RS", 2018, List.of(), DECISION))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aControlPointSaysWhoPerformsIt() {
        fixture.givenNoPriorActivity()
                .when(new AdoptControlPlan(PLAN, "RS", 2018, List.of(new ControlPoint("IK01", "Bisysslor", " ", null, null, null)),
                        DECISION))
                .expectException(predicate(e -> e instanceof InvalidInput refused && refused.field().equals("points[0].performer")))
                .expectNoEvents();
    }

    @Test
    void aControlWithoutRemarksIsRecorded() {
        fixture.given(ADOPTED)
                .when(new RecordControl(PLAN, "K1", "IK02", MAY, "Regiondirektörens stab", ControlResult.NO_REMARKS,
                        "Dnr 123-2018", null, null))
                .expectEvents(new ControlPerformed(PLAN, "K1", "IK02", MAY, "Regiondirektörens stab", ControlResult.NO_REMARKS,
                        "Dnr 123-2018", null));
    }

    @Test
    void aResultForAPointNotInTheAdoptedPlanIsRefused() {
        fixture.given(ADOPTED)
                .when(new RecordControl(PLAN, "K1", "IK99", MAY, "stab", ControlResult.NO_REMARKS, null, null, null))
                .expectException(UnknownItem.class)
                .expectNoEvents();
    }

    @Test
    void aDeviationOpensItsAction() {
        fixture.given(ADOPTED)
                .when(new RecordControl(PLAN, "K1", "IK02", MAY, "stab", ControlResult.DEVIATION, null, "Två saknas", ACTION))
                .expectEvents(new ControlPerformed(PLAN, "K1", "IK02", MAY, "stab", ControlResult.DEVIATION, null, "Två saknas"),
                        new ActionOpened(PLAN, "A1", "K1", "IK02", "Komplettera registreringen", "HR-direktören",
                                LocalDate.of(2018, 12, 31), MAY));
    }

    @Test
    void anActionWithoutOwnerIsRefused() {
        fixture.given(ADOPTED)
                .when(new RecordControl(PLAN, "K1", "IK02", MAY, "stab", ControlResult.DEVIATION, null, null,
                        new ActionToTake("A1", "Komplettera", " ", LocalDate.of(2018, 12, 31))))
                .expectException(predicate(e -> e instanceof InvalidInput refused && refused.field().equals("action.owner")))
                .expectExceptionMessage("must not be empty")
                .expectNoEvents();
    }

    @Test
    void anActionSaysWhatIsToBeDone() {
        fixture.given(ADOPTED)
                .when(new RecordControl(PLAN, "K1", "IK02", MAY, "stab", ControlResult.DEVIATION, null, null,
                        new ActionToTake("A1", " ", "HR-direktören", LocalDate.of(2018, 12, 31))))
                .expectException(predicate(e -> e instanceof InvalidInput refused && refused.field().equals("action.what")))
                .expectNoEvents();
    }

    @Test
    void aControlPointSaysWhatIsChecked() {
        fixture.givenNoPriorActivity()
                .when(new AdoptControlPlan(PLAN, "RS", 2018, List.of(new ControlPoint("IK01", null, "stab", null, null, null)),
                        DECISION))
                .expectException(predicate(e -> e instanceof InvalidInput refused && refused.field().equals("points[0].what")))
                .expectNoEvents();
    }

    @Test
    void aDeviationWithoutActionIsRefused() {
        fixture.given(ADOPTED)
                .when(new RecordControl(PLAN, "K1", "IK02", MAY, "stab", ControlResult.DEVIATION, null, null, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void anActionMovesOnUntilItIsDone() {
        fixture.given(ADOPTED, new ActionOpened(PLAN, "A1", "K1", "IK02", "x", "HR-direktören", LocalDate.of(2018, 12, 31), MAY))
                .when(new ChangeActionStatus(PLAN, "A1", ActionStatus.DONE, LocalDate.of(2018, 9, 1), "Klart", null))
                .expectEvents(new ActionStatusChanged(PLAN, "A1", ActionStatus.DONE, LocalDate.of(2018, 9, 1), "Klart"));
    }

    @Test
    void aFinishedActionStaysFinished() {
        fixture.given(ADOPTED, new ActionOpened(PLAN, "A1", "K1", "IK02", "x", "HR", LocalDate.of(2018, 12, 31), MAY),
                        new ActionStatusChanged(PLAN, "A1", ActionStatus.DONE, LocalDate.of(2018, 9, 1), null))
                .when(new ChangeActionStatus(PLAN, "A1", ActionStatus.ONGOING, LocalDate.of(2018, 10, 1), null, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aChangeOfTheRevisionReadIsRecordedAndAnswersTheNext() {
        fixture.given(ADOPTED, OPENED, new ActionStatusChanged(PLAN, "A1", ActionStatus.ONGOING, JUNE, "Påbörjat"))
                .when(new ChangeActionStatus(PLAN, "A1", ActionStatus.DONE, LocalDate.of(2018, 9, 1), "Klart", 2L))
                .expectResultMessagePayload(3L)
                .expectEvents(new ActionStatusChanged(PLAN, "A1", ActionStatus.DONE, LocalDate.of(2018, 9, 1), "Klart"));
    }

    @Test
    void aChangeOfAnotherRevisionThanTheActionsIsRefused() {
        fixture.given(ADOPTED, OPENED, new ActionStatusChanged(PLAN, "A1", ActionStatus.ONGOING, JUNE, "Påbörjat"))
                .when(new ChangeActionStatus(PLAN, "A1", ActionStatus.CANCELLED, LocalDate.of(2018, 9, 1), "Utgår", 1L))
                .expectException(StaleVersion.class)
                .expectExceptionMessage("the item was changed by someone else: you had version 1, the ledger has 2")
                .expectNoEvents();
    }

    @Test
    void aChangeThatChangesNothingIsRefused() {
        fixture.given(ADOPTED, OPENED, new ActionStatusChanged(PLAN, "A1", ActionStatus.ONGOING, JUNE, "Påbörjat"))
                .when(new ChangeActionStatus(PLAN, "A1", ActionStatus.ONGOING, LocalDate.of(2018, 7, 1), " Påbörjat ", 2L))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the change states action A1 exactly as revision 2 does (ONGOING, the same "
                        + "comment); nothing to record")
                .expectNoEvents();
    }

    @Test
    void theSameStatusWithANewNoteIsAChange() {
        fixture.given(ADOPTED, OPENED, new ActionStatusChanged(PLAN, "A1", ActionStatus.ONGOING, JUNE, "Påbörjat"))
                .when(new ChangeActionStatus(PLAN, "A1", ActionStatus.ONGOING, LocalDate.of(2018, 7, 1),
                        "Hälften av cheferna utbildade", 2L))
                .expectResultMessagePayload(3L)
                .expectEvents(new ActionStatusChanged(PLAN, "A1", ActionStatus.ONGOING, LocalDate.of(2018, 7, 1),
                        "Hälften av cheferna utbildade"));
    }

    @Test
    void anOpenedActionIsNotStartedAgainWithoutANote() {
        fixture.given(ADOPTED, OPENED)
                .when(new ChangeActionStatus(PLAN, "A1", ActionStatus.NOT_STARTED, JUNE, "", 1L))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aReportFreezesThePointsAsTheyStood() {
        fixture.given(ADOPTED, new ControlPerformed(PLAN, "K1", "IK02", MAY, "stab", ControlResult.DEVIATION, null, null),
                        new ActionOpened(PLAN, "A1", "K1", "IK02", "x", "HR", LocalDate.of(2018, 12, 31), MAY))
                .when(new ReportControlFollowUp(PLAN, "RS-2018-08", LocalDate.of(2018, 8, 31), "Regionstyrelsen"))
                .expectEvents(new ControlFollowUpReported(PLAN, "RS-2018-08", LocalDate.of(2018, 8, 31), "Regionstyrelsen",
                        List.of(new ReportedPoint("IK02", "Bisysslor", "Regiondirektörens stab", MAY, ControlResult.DEVIATION,
                                List.of("A1")))));
    }

    @Test
    void aReportDatedInThePastShowsThePointsAsTheyStoodOnItsDate() {
        LocalDate september = LocalDate.of(2018, 9, 1);
        LocalDate october = LocalDate.of(2018, 10, 1);
        fixture.given(ADOPTED, new ControlPerformed(PLAN, "K1", "IK02", MAY, "stab", ControlResult.DEVIATION, null, null),
                        new ActionOpened(PLAN, "A1", "K1", "IK02", "x", "HR", LocalDate.of(2018, 12, 31), MAY),
                        new ActionStatusChanged(PLAN, "A1", ActionStatus.DONE, september, null),
                        new ControlPerformed(PLAN, "K2", "IK02", october, "stab", ControlResult.NO_REMARKS, null, null))
                .when(new ReportControlFollowUp(PLAN, "RS-2018-08", LocalDate.of(2018, 8, 31), "Regionstyrelsen"))
                .expectEvents(new ControlFollowUpReported(PLAN, "RS-2018-08", LocalDate.of(2018, 8, 31), "Regionstyrelsen",
                        List.of(new ReportedPoint("IK02", "Bisysslor", "Regiondirektörens stab", MAY, ControlResult.DEVIATION,
                                List.of("A1")))));
    }
}
