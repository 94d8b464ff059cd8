package se.planledger.ops.followup;

import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import se.planledger.command.api.LedgerCommands;
import se.planledger.command.followup.OutcomeSeries;
import se.planledger.command.plan.Plan;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.followup.OutcomeValues;
import se.planledger.domain.followup.RecordOutcome;
import se.planledger.domain.plan.AddPlanItem;
import se.planledger.domain.plan.AdoptPlan;
import se.planledger.domain.plan.DraftPlan;
import se.planledger.domain.plan.Perspective;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.plan.item.Indicator;
import se.planledger.domain.plan.item.StrategicGoal;
import se.planledger.domain.plan.item.SuccessFactor;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.target.StatedValue;
import se.planledger.ops.support.PostgresIntegrationTest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Recording an outcome reads the plan without waiting for the plan's lock: outcomes on one plan do not queue behind
 * each other or behind a plan command, and are still checked against the plan as committed.
 */
class OutcomeWhilePlanIsLockedTest extends PostgresIntegrationTest {

    private static final String PLAN = "locked-plan";

    @Autowired
    LedgerCommands commands;
    @Autowired
    @Qualifier("planRepository")
    Repository<Plan> plans;
    @Autowired
    JdbcTemplate jdbc;

    private static boolean adopted;

    @BeforeEach
    void adoptPlanOnce() {
        if (!adopted) {
            adoptPlan();
            adopted = true;
        }
    }

    @Test
    void anOutcomeIsRecordedWhileAnotherUnitOfWorkHoldsThePlansLock() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            UnitOfWork<?> work = DefaultUnitOfWork.startAndGet(null);
            try {
                plans.load(PLAN);
                locked.countDown();
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                work.rollback();
            }
        });
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture.runAsync(() -> record("G1.F1.I1")).get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
        assertThat(jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?",
                Long.class, OutcomeSeries.idOf(PLAN, "G1.F1.I1", "Enhet A"))).isEqualTo(1);
    }

    @Test
    void anOutcomeIsStillCheckedAgainstThePlanAsCommitted() {
        assertThatThrownBy(() -> record("G1.F1.I9"))
                .isInstanceOf(UnknownItem.class)
                .hasMessageContaining("G1.F1.I9");
    }

    private void adoptPlan() {
        send(new DraftPlan(PLAN, "Plan under lås", Body.RS, 2023, 2025));
        send(new AddPlanItem(PLAN, "G1", null, new StrategicGoal(Perspective.values()[0], "Mål", List.of(Body.RS), null)));
        send(new AddPlanItem(PLAN, "G1.F1", "G1", new SuccessFactor("Faktor", null)));
        send(new AddPlanItem(PLAN, "G1.F1.I1", "G1.F1", new Indicator("Styrmått", "%", "Datalager",
                List.of(ReportingPeriod.DA04), StatedValue.parse("2021 50 %"), Map.of(2023, StatedValue.parse("Öka")),
                false, null, null)));
        send(new AdoptPlan(PLAN, new Decision(Body.RS, "Dnr 1-2022", LocalDate.of(2022, 6, 15), LocalDate.of(2023, 1, 1))));
    }

    private void record(String indicatorId) {
        send(new RecordOutcome(PLAN, indicatorId, "Enhet A", 2023, ReportingPeriod.DA04,
                new OutcomeValues(BigDecimal.valueOf(55), null, null), null, "Test", null));
    }

    private void send(Object command) {
        commands.sendAs(command, "test", null);
    }
}
