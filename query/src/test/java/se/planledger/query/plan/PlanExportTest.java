package se.planledger.query.plan;

import se.planledger.domain.time.TimePoint;
import se.planledger.query.support.AdoptedPlan;
import se.planledger.query.support.OnBothDatabases;
import se.planledger.query.support.ReadSide;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.query.support.AdoptedPlan.PLAN_ID;
import static se.planledger.query.support.When.at;

/** The adopted plan exported as it stood in March 2023: its title and time point, then one line per item. */
class PlanExportTest {

    @OnBothDatabases
    void theTreeIsOneLinePerItemWithATargetColumnPerYear(ReadSide readSide) {
        readSide.feed(readSide.planProjection(), AdoptedPlan.events());
        TimePoint at = at("2023-03-01", "2023-09-01T00:00:00Z");

        List<List<Object>> lines = new PlanExport().treeLines(readSide.plans().tree(PLAN_ID, at), at);

        assertThat(lines.get(0)).containsExactly("Plan Regionstyrelsens plan 2023–2025", "plan", PLAN_ID, "version", "1",
                "per", LocalDate.of(2023, 3, 1), "känt", "2023-09-01T00:00:00Z");
        assertThat(lines.get(PlanExport.HEADER_ROW)).containsExactly("Perspektiv", "Id", "Typ", "Överordnad", "Namn",
                "Beskrivning", "Utgångsvärde", "Mål 2023", "Mål 2024", "Mål 2025", "Källa", "I kraft från");
        assertThat(lines.subList(2, lines.size())).containsExactly(
                Arrays.asList("Medborgare", "G1", "Strategiskt mål", null, "God och nära vård", null, null, null, null,
                        null, null, AdoptedPlan.IN_FORCE_FROM),
                Arrays.asList("Medborgare", "G1.F1", "Framgångsfaktor", "G1", "Tillgänglighet", null, null, null, null,
                        null, null, AdoptedPlan.IN_FORCE_FROM),
                Arrays.asList("Medborgare", "G1.F1.I1", "Styrmått", "G1.F1",
                        "Antal vårdkontakter på filialer och servicepunkter", null, "2021 K: 2403 M: 2515", "Öka", null,
                        null, "Datalager", AdoptedPlan.IN_FORCE_FROM));
    }
}
