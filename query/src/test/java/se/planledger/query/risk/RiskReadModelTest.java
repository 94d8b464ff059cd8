package se.planledger.query.risk;

import org.axonframework.eventhandling.EventMessage;
import se.planledger.domain.risk.RiskAssessed;
import se.planledger.domain.risk.RiskBand;
import se.planledger.domain.risk.RiskClosed;
import se.planledger.domain.risk.RiskDescription;
import se.planledger.domain.risk.RiskReassessed;
import se.planledger.domain.risk.RiskScale;
import se.planledger.domain.risk.RiskScaleAdopted;
import se.planledger.domain.risk.RiskSubject;
import se.planledger.query.support.OnBothDatabases;
import se.planledger.query.support.ReadSide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.query.support.LedgerEvents.recorded;
import static se.planledger.query.support.When.at;

/**
 * Risk R3 of RS's register, on the seed's 4×4 scale: assessed 3×3 (needs measures) in January, reassessed 2×2 in
 * April after the measures, closed in September. Each answer depends on both when it was assessed and when recorded.
 */
class RiskReadModelTest {

    private static final String REGISTER = "rs-riskbedomning";
    private static final String NOW = "2023-12-31T00:00:00Z";

    @OnBothDatabases
    void aReassessmentAppliesFromItsDateOnceRecordedAndClosingRemovesTheRisk(ReadSide readSide) {
        readSide.feed(readSide.riskProjection(), history());
        RiskReadModel risks = readSide.risks();

        assertThat(scores(risks, "2023-03-01", NOW)).containsExactly(9);
        assertThat(scores(risks, "2023-05-01", NOW)).containsExactly(4);
        assertThat(scores(risks, "2023-05-01", "2023-04-01T12:00:00Z")).as("reassessment not yet recorded")
                .containsExactly(9);
        assertThat(scores(risks, "2023-10-01", NOW)).as("closed").isEmpty();
        assertThat(scores(risks, "2023-10-01", "2023-08-01T00:00:00Z")).as("closing not yet recorded")
                .containsExactly(4);
        assertThat(risks.register(at("2023-03-01", NOW), "RS", null, "measures")).hasSize(1);
        assertThat(risks.register(at("2023-05-01", NOW), "RS", null, "measures")).isEmpty();

        HeatmapView heatmap = risks.heatmap(at("2023-03-01", NOW), "RS", null, null);
        assertThat(heatmap.cells()).singleElement().satisfies(cell -> {
            assertThat(cell.consequence()).isEqualTo(3);
            assertThat(cell.probability()).isEqualTo(3);
            assertThat(cell.count()).isEqualTo(1);
        });
        assertThat(heatmap.needMeasures()).extracting(HeatmapView.Item::riskId).containsExactly("R3");
        assertThat(heatmap.mixedScales()).isFalse();
    }

    @OnBothDatabases
    void theHistoryKeepsEveryVersionClosingIncluded(ReadSide readSide) {
        readSide.feed(readSide.riskProjection(), history());

        List<RiskReadModel.RiskChange> history = readSide.risks().history(REGISTER, "R3", Instant.parse(NOW));
        assertThat(history).extracting(change -> change.version().revision()).containsExactly(1L, 2L, 3L);
        assertThat(history.get(1).version().reason()).isEqualTo("Åtgärderna genomförda");
        assertThat(history.get(1).changes()).extracting(change -> change.path())
                .contains("consequence", "probability", "score", "band");
        assertThat(history.get(2).version().closed()).isTrue();
        assertThat(history.get(2).version().subjectName()).as("the closing repeats the subject").isEqualTo("Kompetensförsörjning");
        assertThat(readSide.risks().history(REGISTER, "R3", Instant.parse("2023-08-01T00:00:00Z"))).hasSize(2);
    }

    @OnBothDatabases
    void theRegisterShowsTheScaleInForceAtAsOfAsKnownAtKnownAt(ReadSide readSide) {
        RiskScale fiveByFive = new RiskScale(2, 5, 5, List.of(new RiskBand("Låg", 1, 9, false),
                new RiskBand("Hög", 10, 25, true)));
        List<EventMessage<?>> events = new ArrayList<>(history());
        events.add(recorded("2023-11-01T08:00:00Z", new RiskScaleAdopted(REGISTER, "RS", fiveByFive, LocalDate.of(2024, 1, 1))));
        readSide.feed(readSide.riskProjection(), events);
        RiskReadModel risks = readSide.risks();

        assertThat(risks.registers(at("2024-02-01", "2024-02-01T00:00:00Z"))).singleElement().satisfies(register -> {
            assertThat(register.board()).isEqualTo("RS");
            assertThat(register.scale().version()).isEqualTo(2);
            assertThat(register.scale().maxConsequence()).isEqualTo(5);
            assertThat(register.scaleFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        });
        assertThat(risks.registers(at("2023-12-01", "2024-02-01T00:00:00Z"))).as("before the new scale applies")
                .extracting(r -> r.scale().version()).containsExactly(1);
        assertThat(risks.registers(at("2024-02-01", "2023-10-01T00:00:00Z"))).as("before the new scale was recorded")
                .extracting(r -> r.scale().version()).containsExactly(1);
        assertThat(risks.registers(at("2022-12-31", NOW))).as("before any scale applies").isEmpty();
    }

    private static List<Integer> scores(RiskReadModel risks, String asOf, String knownAt) {
        return risks.register(at(asOf, knownAt), null, null, null).stream().map(RiskView::score).toList();
    }

    private static List<EventMessage<?>> history() {
        RiskDescription texts = new RiskDescription("Brist på sjuksköterskor", "Vårdplatser stängs", "Pensionsavgångar",
                "Rekrytering", "Uppföljning per tertial", "HR-direktör");
        return List.of(
                recorded("2023-01-02T08:00:00Z", new RiskScaleAdopted(REGISTER, "RS", RiskScale.SEED,
                        LocalDate.of(2023, 1, 1))),
                recorded("2023-01-16T08:00:00Z", new RiskAssessed(REGISTER, "R3", 1,
                        new RiskSubject("SUCCESS_FACTOR", "G4.F1", "Kompetensförsörjning", "Medarbetare", null),
                        "2023–2025", texts, RiskScale.SEED.score(3, 3), LocalDate.of(2023, 1, 15), "Riskgruppen")),
                recorded("2023-04-02T08:00:00Z", new RiskReassessed(REGISTER, "R3", 2, texts, RiskScale.SEED.score(2, 2),
                        LocalDate.of(2023, 4, 1), "Riskgruppen", "Åtgärderna genomförda")),
                recorded("2023-09-02T08:00:00Z", new RiskClosed(REGISTER, "R3", 3, LocalDate.of(2023, 9, 1),
                        "Risken bedöms inte längre aktuell")));
    }
}
