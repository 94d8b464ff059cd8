package se.planledger.query.decision;

import se.planledger.domain.control.ControlPlanAdopted;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.plan.PlanAdopted;
import se.planledger.query.support.OnBothDatabases;
import se.planledger.query.support.ReadSide;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.query.support.LedgerEvents.recorded;
import static se.planledger.query.support.When.at;

/** Two decisions of two areas, one without a decision date: one line each, in decision-date order. */
class DecisionExportTest {

    @OnBothDatabases
    void theRegisterIsOneLinePerDecisionWithWhatItDecidedInWords(ReadSide readSide) {
        readSide.feed(readSide.decisionProjection(), List.of(
                recorded("2022-11-20T10:00:00Z", new PlanAdopted("rs-plan", 1,
                        new Decision(Body.RS, "Dnr 1043-2022", LocalDate.of(2022, 11, 16), LocalDate.of(2023, 1, 1)))),
                recorded("2023-08-01T10:00:00Z", new ControlPlanAdopted("ik-2018", "RS", 2018, List.of(),
                        new Decision(Body.RS, null, null, LocalDate.of(2018, 2, 1))))));
        var at = at("2023-09-01", "2023-09-01T00:00:00Z");

        List<List<Object>> lines = new DecisionExport().registerLines(
                readSide.decisions().decisions(at.knownAt(), null, null), at);

        assertThat(lines.get(0)).containsExactly("Beslutsregister", "känt", "2023-09-01T00:00:00Z");
        assertThat(lines.get(DecisionExport.HEADER_ROW)).containsExactly("Organ", "Diarienummer", "Beslutad",
                "Gäller från", "Beslut", "Avser", "Registrerad", "Av");
        assertThat(lines.subList(2, lines.size())).containsExactly(
                Arrays.asList("RS", "Dnr 1043-2022", LocalDate.of(2022, 11, 16), LocalDate.of(2023, 1, 1), "Plan antagen",
                        "plan rs-plan version 1", "2022-11-20T10:00:00Z", "planner"),
                Arrays.asList("RS", null, null, LocalDate.of(2018, 2, 1), "Internkontrollplan antagen",
                        "internal-control plan ik-2018 (RS 2018)", "2023-08-01T10:00:00Z", "planner"));
    }
}
