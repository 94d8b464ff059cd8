package se.planledger.query.control;

import org.axonframework.eventhandling.EventMessage;
import se.planledger.domain.control.ActionOpened;
import se.planledger.domain.control.ActionStatus;
import se.planledger.domain.control.ActionStatusChanged;
import se.planledger.domain.control.ControlPerformed;
import se.planledger.domain.control.ControlPlanAdopted;
import se.planledger.domain.control.ControlPoint;
import se.planledger.domain.control.ControlResult;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.query.support.OnBothDatabases;
import se.planledger.query.support.ReadSide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.query.support.LedgerEvents.recorded;
import static se.planledger.query.support.When.at;

/**
 * RS's internal-control plan 2018 with two points: P1 controlled in May without remarks; P2 controlled in June with
 * a deviation, whose action (due 30 September) is done in October.
 */
class ControlReadModelTest {

    private static final String PLAN = "ik-region-2018";
    private static final String NOW = "2019-01-15T00:00:00Z";

    @OnBothDatabases
    void eachPointsLightFollowsItsControlsAndActions(ReadSide readSide) {
        readSide.feed(readSide.controlProjection(), history());
        ControlReadModel controls = readSide.controls();

        assertThat(lights(controls, "2018-04-30", NOW)).containsExactly(ControlViews.Light.NOT_DUE,
                ControlViews.Light.NOT_DUE);
        assertThat(lights(controls, "2018-06-30", NOW)).containsExactly(ControlViews.Light.DONE_ON_TIME,
                ControlViews.Light.DEVIATION_OPEN);
        assertThat(controls.status(PLAN, at("2018-10-01", NOW)).get(1).actions()).singleElement()
                .satisfies(action -> assertThat(action.overdue()).as("open after its due date").isTrue());
        assertThat(lights(controls, "2018-12-31", NOW)).containsExactly(ControlViews.Light.DONE_ON_TIME,
                ControlViews.Light.DONE_ON_TIME);
        assertThat(lights(controls, "2018-12-31", "2018-10-10T00:00:00Z")).as("the action's end not yet recorded")
                .containsExactly(ControlViews.Light.DONE_ON_TIME, ControlViews.Light.DEVIATION_OPEN);
        assertThat(lights(controls, "2018-06-30", "2018-05-10T00:00:00Z")).as("P1's control not yet recorded")
                .containsExactly(ControlViews.Light.NOT_DUE, ControlViews.Light.NOT_DUE);
    }

    @OnBothDatabases
    void aRisksChainLeadsToTheControlsCoveringIt(ReadSide readSide) {
        readSide.feed(readSide.controlProjection(), history());

        assertThat(readSide.controls().chain("R15", at("2018-06-30", NOW))).singleElement().satisfies(point -> {
            assertThat(point.pointId()).isEqualTo("P2");
            assertThat(point.controls()).extracting(ControlViews.Control::result).containsExactly("DEVIATION");
            assertThat(point.actions()).extracting(ControlViews.Action::status).containsExactly("NOT_STARTED");
        });
    }

    @OnBothDatabases
    void aRisksChainLeadsThroughEveryPlanCoveringItEachPointWithItsOwnPlansControls(ReadSide readSide) {
        List<EventMessage<?>> events = new ArrayList<>(history());
        events.add(recorded("2018-02-10T10:00:00Z", new ControlPlanAdopted("ik-vard-2018", "HSN", 2018, List.of(
                new ControlPoint("P2", "Avtalstrohet i vården", "Förvaltningschef", "Stickprov", "Juni", List.of("R15"))),
                new Decision(Body.RS, "Dnr 140-2018", LocalDate.of(2018, 2, 7), LocalDate.of(2018, 2, 15)))));
        readSide.feed(readSide.controlProjection(), events);

        assertThat(readSide.controls().chain("R15", at("2018-06-30", NOW)))
                .extracting(point -> point.planId() + " " + point.pointId() + ": " + point.controls().size() + " controls, "
                        + point.actions().size() + " actions, " + point.light())
                .containsExactly("ik-region-2018 P2: 1 controls, 1 actions, DEVIATION_OPEN",
                        "ik-vard-2018 P2: 0 controls, 0 actions, NOT_DUE");
    }

    private static List<ControlViews.Light> lights(ControlReadModel controls, String asOf, String knownAt) {
        return controls.status(PLAN, at(asOf, knownAt)).stream().map(ControlViews.PointStatus::light).toList();
    }

    private static List<EventMessage<?>> history() {
        return List.of(
                recorded("2018-01-20T10:00:00Z", new ControlPlanAdopted(PLAN, "RS", 2018, List.of(
                        new ControlPoint("P1", "Attest av fakturor", "Ekonomichef", "Stickprov", "Maj", List.of("R7")),
                        new ControlPoint("P2", "Avtalstrohet", "Upphandlingschef", "Stickprov", "Juni", List.of("R15"))),
                        new Decision(Body.RS, "Dnr 100-2018", LocalDate.of(2018, 1, 17), LocalDate.of(2018, 2, 1)))),
                recorded("2018-05-11T08:00:00Z", new ControlPerformed(PLAN, "C1", "P1", LocalDate.of(2018, 5, 10),
                        "Ekonomichef", ControlResult.NO_REMARKS, "Protokoll 12", null)),
                recorded("2018-06-01T08:00:00Z", new ControlPerformed(PLAN, "C2", "P2", LocalDate.of(2018, 6, 1),
                        "Upphandlingschef", ControlResult.DEVIATION, "Protokoll 14", "Köp utanför avtal")),
                recorded("2018-06-02T08:00:00Z", new ActionOpened(PLAN, "A1", "C2", "P2", "Informera beställare",
                        "Upphandlingschef", LocalDate.of(2018, 9, 30), LocalDate.of(2018, 6, 2))),
                recorded("2018-10-16T08:00:00Z", new ActionStatusChanged(PLAN, "A1", ActionStatus.DONE,
                        LocalDate.of(2018, 10, 15), "Information skickad")));
    }
}
