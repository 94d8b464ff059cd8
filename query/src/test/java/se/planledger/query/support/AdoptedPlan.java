package se.planledger.query.support;

import org.axonframework.eventhandling.EventMessage;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.plan.Perspective;
import se.planledger.domain.plan.PlanAdopted;
import se.planledger.domain.plan.PlanDrafted;
import se.planledger.domain.plan.PlanItemAdded;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.plan.item.Indicator;
import se.planledger.domain.plan.item.StrategicGoal;
import se.planledger.domain.plan.item.SuccessFactor;
import se.planledger.domain.target.StatedValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The smallest plan that has every level the read side shows: goal G1, its success factor F1 and indicator I1
 * (target 2023 "Öka"), drafted in November 2022 and adopted by RS under Dnr 1043-2022, in force from 2023-01-01.
 */
public final class AdoptedPlan {

    public static final String PLAN_ID = "rs-plan-2023-2025";
    public static final String ADOPTED_AT = "2022-11-20T10:00:00Z";
    public static final LocalDate IN_FORCE_FROM = LocalDate.of(2023, 1, 1);

    private AdoptedPlan() {
    }

    public static List<EventMessage<?>> events() {
        return List.of(
                LedgerEvents.recorded("2022-11-01T09:00:00Z", new PlanDrafted(PLAN_ID, "Regionstyrelsens plan 2023–2025",
                        Body.RS, 2023, 2025)),
                LedgerEvents.recorded("2022-11-02T09:00:00Z", new PlanItemAdded(PLAN_ID, 1, "G1", 1, null,
                        new StrategicGoal(Perspective.CITIZEN, "God och nära vård", List.of(Body.RS), null))),
                LedgerEvents.recorded("2022-11-02T09:01:00Z", new PlanItemAdded(PLAN_ID, 1, "G1.F1", 1, "G1",
                        new SuccessFactor("Tillgänglighet", null))),
                LedgerEvents.recorded("2022-11-02T09:02:00Z", new PlanItemAdded(PLAN_ID, 1, "G1.F1.I1", 1, "G1.F1",
                        indicator("Öka"))),
                LedgerEvents.recorded(ADOPTED_AT, new PlanAdopted(PLAN_ID, 1,
                        new Decision(Body.RS, "Dnr 1043-2022", LocalDate.of(2022, 11, 16), IN_FORCE_FROM))));
    }

    /** Indicator I1 with its 2023 target as stated. */
    public static Indicator indicator(String target2023) {
        return new Indicator("Antal vårdkontakter på filialer och servicepunkter", null, "Datalager",
                List.of(ReportingPeriod.DA04, ReportingPeriod.DA08, ReportingPeriod.AR),
                StatedValue.parse("2021 K: 2403 M: 2515"), Map.of(2023, StatedValue.parse(target2023)), true, null, null);
    }
}
