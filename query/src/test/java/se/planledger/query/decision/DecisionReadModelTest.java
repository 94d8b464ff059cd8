package se.planledger.query.decision;

import se.planledger.domain.control.ControlPlanAdopted;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.plan.PlanAdopted;
import se.planledger.domain.plan.PlanRevised;
import se.planledger.query.support.OnBothDatabases;
import se.planledger.query.support.ReadSide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.query.support.LedgerEvents.recorded;

/** Decisions of two areas, one recorded long after it was taken: the register orders by decision date. */
class DecisionReadModelTest {

    private static final String NOW = "2023-12-31T00:00:00Z";

    @OnBothDatabases
    void everyDecisionOfEveryAreaInDecisionDateOrderAsKnown(ReadSide readSide) {
        DecisionReadModel register = readSide.decisions();
        readSide.feed(readSide.decisionProjection(), List.of(
                recorded("2022-11-20T10:00:00Z", new PlanAdopted("rs-plan", 1,
                        new Decision(Body.RS, "Dnr 1043-2022", LocalDate.of(2022, 11, 16), LocalDate.of(2023, 1, 1)))),
                recorded("2023-06-01T10:00:00Z", new PlanRevised("rs-plan", 2,
                        new Decision(Body.RF, "Dnr 2001-2023", LocalDate.of(2023, 5, 30), LocalDate.of(2023, 7, 1)))),
                recorded("2023-08-01T10:00:00Z", new ControlPlanAdopted("ik-2018", "RS", 2018, List.of(),
                        new Decision(Body.RS, "Dnr 100-2018", LocalDate.of(2018, 1, 17), LocalDate.of(2018, 2, 1))))));

        List<DecisionView> all = register.decisions(Instant.parse(NOW), null, null);
        assertThat(all).extracting(DecisionView::reference)
                .containsExactly("Dnr 100-2018", "Dnr 1043-2022", "Dnr 2001-2023");
        assertThat(all.get(0)).satisfies(decision -> {
            assertThat(decision.subject()).isEqualTo("internal-control plan ik-2018 (RS 2018)");
            assertThat(decision.eventType()).isEqualTo("ControlPlanAdopted");
            assertThat(decision.recordedBy()).isEqualTo("planner");
        });
        assertThat(register.decisions(Instant.parse("2023-07-01T00:00:00Z"), null, null)).as("as known in July")
                .extracting(DecisionView::reference).containsExactly("Dnr 1043-2022", "Dnr 2001-2023");
        assertThat(register.decisions(Instant.parse(NOW), "dnr 2001", null)).as("a part of the reference, in any case")
                .extracting(DecisionView::reference).containsOnly("Dnr 2001-2023");
        assertThat(register.decisions(Instant.parse(NOW), "2001_2023", null)).as("no wildcard in a reference").isEmpty();
        assertThat(register.decisions(Instant.parse(NOW), "Dnr 2001-2023", null)).extracting(DecisionView::subject)
                .containsExactly("plan rs-plan version 2");
        assertThat(register.decisions(Instant.parse(NOW), null, "RS")).extracting(DecisionView::reference)
                .containsExactly("Dnr 100-2018", "Dnr 1043-2022");
    }
}
