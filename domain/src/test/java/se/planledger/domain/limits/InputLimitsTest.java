package se.planledger.domain.limits;

import org.junit.jupiter.api.Test;
import se.planledger.domain.budget.TableColumn;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.budget.TableRow;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.plan.AddPlanItem;
import se.planledger.domain.plan.AdoptPlan;
import se.planledger.domain.plan.DraftPlan;
import se.planledger.domain.plan.item.SuccessFactor;
import se.planledger.domain.rejection.InvalidInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InputLimitsTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 3, 1);
    private static final Decision DECISION = new Decision(Body.RS, "Dnr 1043-2022", LocalDate.of(2022, 11, 23),
            LocalDate.of(2023, 1, 1));

    @Test
    void theDemoPlansCommandsPass() {
        assertThatNoException().isThrownBy(() -> InputLimits.check(new DraftPlan("rs-plan-2023-2025",
                "Regionstyrelsens plan 2023–2025", Body.RS, 2023, 2025), TODAY));
        assertThatNoException().isThrownBy(() -> InputLimits.check(new AdoptPlan("rs-plan-2023-2025", DECISION), TODAY));
    }

    @Test
    void aTitleLongerThanItsColumnIsRefusedByName() {
        InvalidInput refused = refused(new DraftPlan("p", "x".repeat(501), Body.RS, 2023, 2025));
        assertThat(refused.field()).isEqualTo("title");
        assertThat(refused.reason()).contains("501").contains("500");
        assertThatNoException().isThrownBy(() -> InputLimits.check(
                new DraftPlan("p", "x".repeat(500), Body.RS, 2023, 2025), TODAY));
    }

    @Test
    void aNestedTextIsNamedByItsPath() {
        InvalidInput refused = refused(new AdoptPlan("p", new Decision(Body.RS, "D".repeat(201), null,
                LocalDate.of(2023, 1, 1))));
        assertThat(refused.field()).isEqualTo("decision.reference");
    }

    @Test
    void anItemNameUpTo4000CharactersIsKept() {
        assertThatNoException().isThrownBy(() -> InputLimits.check(
                new AddPlanItem("p", "G1.F1", "G1", new SuccessFactor("n".repeat(4000), null)), TODAY));
        assertThat(refused(new AddPlanItem("p", "G1.F1", "G1", new SuccessFactor("n".repeat(4001), null))).field())
                .isEqualTo("content.name");
    }

    @Test
    void controlCharactersAndLostCharactersAreRefused() {
        assertThat(refused(new DraftPlan("p", "Plan\u0000", Body.RS, 2023, 2025)).reason()).contains("U+0000");
        assertThat(refused(new DraftPlan("p", "V\uFFFDrdval", Body.RS, 2023, 2025)).reason()).contains("encoding");
        assertThatNoException().isThrownBy(() -> InputLimits.check(
                new DraftPlan("p", "Rad ett\nRad två\tåäö", Body.RS, 2023, 2025), TODAY));
    }

    @Test
    void datesAndYearsStayWithinTheLedgersCalendar() {
        assertThat(refused(new AdoptPlan("p", new Decision(Body.RS, "Dnr 1", null, LocalDate.MAX))).field())
                .isEqualTo("decision.effectiveDate");
        assertThat(refused(new DraftPlan("p", "Plan", Body.RS, 2023, 99999)).field()).isEqualTo("lastYear");
    }

    @Test
    void aDecisionCannotBeDatedAfterTheDayItIsRecorded() {
        InvalidInput refused = refused(new AdoptPlan("p", new Decision(Body.RS, "Dnr 1", LocalDate.of(2030, 1, 1),
                LocalDate.of(2023, 1, 1))));
        assertThat(refused.field()).isEqualTo("decision.decisionDate");
        assertThatNoException().isThrownBy(() -> InputLimits.check(new AdoptPlan("p",
                new Decision(Body.RS, "Dnr 1", TODAY, LocalDate.of(2023, 7, 1))), TODAY));
    }

    @Test
    void figuresBeyondWhatIsKeptAreRefusedWithTheirRow() {
        TableFigures figures = new TableFigures("Ram", "mnkr", 1, 2023,
                List.of(new TableColumn("Ram 2023", null)),
                List.of(new TableRow("Vårdval primärvård", List.of(new BigDecimal("1e20")), false)), null);
        InvalidInput refused = catchThrowableOfType(() -> InputLimits.check(figures, TODAY), InvalidInput.class);
        assertThat(refused.field()).isEqualTo("rows[0].amounts[0]");
        assertThat(catchThrowableOfType(() -> InputLimits.check(new TableRow("r",
                List.of(new BigDecimal("0.1234567")), false), TODAY), InvalidInput.class).reason()).contains("decimals");
    }

    private static InvalidInput refused(Object command) {
        InvalidInput refused = catchThrowableOfType(() -> InputLimits.check(command, TODAY), InvalidInput.class);
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }
}
