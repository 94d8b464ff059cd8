package se.planledger.query.plan;

import org.axonframework.eventhandling.EventMessage;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.plan.PlanItemRevised;
import se.planledger.domain.plan.PlanRevised;
import se.planledger.domain.plan.PlanRevisionDrafted;
import se.planledger.domain.plan.item.Indicator;
import se.planledger.query.support.AdoptedPlan;
import se.planledger.query.support.OnBothDatabases;
import se.planledger.query.support.ReadSide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.query.support.AdoptedPlan.PLAN_ID;
import static se.planledger.query.support.LedgerEvents.recorded;
import static se.planledger.query.support.When.at;

/**
 * The adopted plan's indicator is revised by a later decision (version 2, in force from 2023-07-01, decided in
 * December 2022): the old target before the effective date, the new one after, the old one as known before the
 * revision was decided.
 */
class PlanReadModelTest {

    private static final String REVISION_RECORDED = "2022-12-02T09:00:00Z";
    private static final String REVISION_DECIDED = "2022-12-08T10:00:00Z";
    private static final String NOW = "2023-09-01T00:00:00Z";

    @OnBothDatabases
    void aRevisionIsInForceFromItsEffectiveDateOnceDecided(ReadSide readSide) {
        readSide.feed(readSide.planProjection(), history());
        PlanReadModel plans = readSide.plans();

        assertThat(target(plans, "2023-03-01", NOW)).isEqualTo("Öka");
        assertThat(target(plans, "2023-08-01", NOW)).isEqualTo("Öka 5 %");
        assertThat(target(plans, "2023-08-01", "2022-12-05T00:00:00Z"))
                .as("recorded in the draft, not yet decided").isEqualTo("Öka");
        assertThat(target(plans, "2023-08-01", "2022-12-01T00:00:00Z")).as("before the revision was recorded")
                .isEqualTo("Öka");
        assertThat(plans.tree(PLAN_ID, at("2023-08-01", NOW)).version().reference()).isEqualTo("Dnr 2001-2022");
        assertThat(plans.tree(PLAN_ID, at("2023-08-01", "2022-12-05T00:00:00Z")).version().version()).isEqualTo(1);
    }

    @OnBothDatabases
    void theItemsHistoryNamesEachRevisionsDecisionOnceItIsKnown(ReadSide readSide) {
        readSide.feed(readSide.planProjection(), history());
        PlanReadModel plans = readSide.plans();

        List<PlanItemChangeView> history = plans.history(PLAN_ID, "G1.F1.I1", Instant.parse(NOW));
        assertThat(history).extracting(PlanItemChangeView::revision).containsExactly(1L, 2L);
        PlanItemChangeView revision = history.get(1);
        assertThat(revision.validFrom()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(revision.recordedAt()).isEqualTo(Instant.parse(REVISION_RECORDED));
        assertThat(revision.recordedBy()).isEqualTo("planner");
        assertThat(revision.decision().reference()).isEqualTo("Dnr 2001-2022");
        assertThat(revision.changes()).anySatisfy(change -> {
            assertThat(change.path()).isEqualTo("targets.2023.text");
            assertThat(change.before().asText()).isEqualTo("Öka");
            assertThat(change.after().asText()).isEqualTo("Öka 5 %");
        });
        assertThat(plans.history(PLAN_ID, "G1.F1.I1", Instant.parse("2022-12-05T00:00:00Z")).get(1).decision())
                .as("version 2 still a draft then").isNull();
    }

    @OnBothDatabases
    void decidingAVersionAddsRowsAndKeepsTheDraftAsItWasRecorded(ReadSide readSide) {
        List<EventMessage<?>> history = history();
        PlanProjection projection = readSide.planProjection();
        readSide.feed(projection, history.subList(0, history.size() - 1));
        Map<String, List<Map<String, Object>>> before = new LinkedHashMap<>();
        projection.tables().forEach(table -> before.put(table, readSide.rows(table)));

        readSide.feed(projection, history.subList(history.size() - 1, history.size()));

        projection.tables().forEach(table -> assertThat(readSide.rows(table)).as(table + ": every row kept as it was")
                .containsAll(before.get(table)));
        assertThat(before.get(PlanProjection.DECISIONS.table())).as("version 1 decided, 2 a draft").hasSize(1);
        assertThat(readSide.rows(PlanProjection.DECISIONS.table())).as("the decision on version 2 a row of its own")
                .hasSize(2);
        PlanReadModel plans = readSide.plans();
        assertThat(plans.versions(PLAN_ID, Instant.parse("2022-12-05T00:00:00Z")).get(1)).satisfies(draft -> {
            assertThat(draft.decided()).isFalse();
            assertThat(draft.openedAt()).isEqualTo(Instant.parse("2022-12-01T09:00:00Z"));
            assertThat(draft.reference()).isNull();
        });
        assertThat(plans.versions(PLAN_ID, Instant.parse(NOW)).get(1)).satisfies(decided -> {
            assertThat(decided.openedAt()).as("as opened").isEqualTo(Instant.parse("2022-12-01T09:00:00Z"));
            assertThat(decided.decidedAt()).isEqualTo(Instant.parse(REVISION_DECIDED));
            assertThat(decided.effectiveDate()).isEqualTo(LocalDate.of(2023, 7, 1));
            assertThat(decided.reference()).isEqualTo("Dnr 2001-2022");
        });
    }

    private static String target(PlanReadModel plans, String asOf, String knownAt) {
        return ((Indicator) plans.item(PLAN_ID, "G1.F1.I1", at(asOf, knownAt)).content()).targets().get(2023).text();
    }

    private static List<EventMessage<?>> history() {
        List<EventMessage<?>> events = new ArrayList<>(AdoptedPlan.events());
        events.add(recorded("2022-12-01T09:00:00Z", new PlanRevisionDrafted(PLAN_ID, 2, 1)));
        events.add(recorded(REVISION_RECORDED, new PlanItemRevised(PLAN_ID, 2, "G1.F1.I1", 2,
                AdoptedPlan.indicator("Öka 5 %"))));
        events.add(recorded(REVISION_DECIDED, new PlanRevised(PLAN_ID, 2,
                new Decision(Body.RS, "Dnr 2001-2022", LocalDate.of(2022, 12, 7), LocalDate.of(2023, 7, 1)))));
        return events;
    }
}
