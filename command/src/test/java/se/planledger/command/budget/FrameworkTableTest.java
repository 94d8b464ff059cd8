package se.planledger.command.budget;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planledger.domain.budget.ColumnRole;
import se.planledger.domain.budget.DecideFrameworkTable;
import se.planledger.domain.budget.FrameworkTableDecided;
import se.planledger.domain.budget.FrameworkTableRevised;
import se.planledger.domain.budget.ReviseFrameworkTable;
import se.planledger.domain.budget.TableColumn;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.budget.TableRow;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.RuleViolation;
import se.planledger.domain.rejection.StaleVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.predicate;

/** One test per rule and rejection of a decided framework table. */
class FrameworkTableTest {

    static final String TABLE = "ram-2023";
    static final Decision PLAN = new Decision(Body.RS, "Dnr 1043-2022", null, LocalDate.of(2023, 1, 1));
    static final Decision ADJUSTMENT = new Decision(Body.RD, "RD-beslut 2023-17", LocalDate.of(2023, 3, 1),
            LocalDate.of(2023, 3, 1));
    static final List<TableColumn> COLUMNS = List.of(new TableColumn("Ram 2021", ColumnRole.OPENING),
            new TableColumn("Löne- & prisindex", ColumnRole.COMPONENT), new TableColumn("Ram 2022", ColumnRole.CLOSING));

    FixtureConfiguration<FrameworkTable> fixture;

    static TableFigures figures(TableRow... rows) {
        return new TableFigures("Ekonomisk ram 2022, mnkr", "mnkr", 1, 2023, COLUMNS, List.of(rows), null);
    }

    static TableRow row(String label, String... amounts) {
        return new TableRow(label, Arrays.stream(amounts).map(a -> a == null ? null : new BigDecimal(a)).toList(), false);
    }

    static final TableFigures AS_DECIDED = figures(row("Vårdval barn- och ungdomstandvård", "85.5", "2.4", "87.8"));

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FrameworkTable.class);
    }

    @Test
    void aTableIsRecordedAsDecidedEvenWhenItDoesNotAddUp() {
        fixture.givenNoPriorActivity()
                .when(new DecideFrameworkTable(TABLE, AS_DECIDED, PLAN))
                .expectEvents(new FrameworkTableDecided(TABLE, 1, AS_DECIDED, PLAN));
    }

    @Test
    void aTableNeedsADecisionReference() {
        fixture.givenNoPriorActivity()
                .when(new DecideFrameworkTable(TABLE, AS_DECIDED, new Decision(Body.RS, "", null, LocalDate.of(2023, 1, 1))))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aTableWithoutADecisionIsRefusedNamingTheDecision() {
        fixture.givenNoPriorActivity()
                .when(new DecideFrameworkTable(TABLE, AS_DECIDED, null))
                .expectException(predicate(e -> e instanceof InvalidInput refused && refused.field().equals("decision")))
                .expectNoEvents();
    }

    @Test
    void amountsAreStatedInKronorOrMillions() {
        TableFigures dollars = new TableFigures("t", "USD", 1, 2023, COLUMNS, AS_DECIDED.rows(), null);
        fixture.givenNoPriorActivity()
                .when(new DecideFrameworkTable(TABLE, dollars, PLAN))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void everyRowFitsTheColumns() {
        fixture.givenNoPriorActivity()
                .when(new DecideFrameworkTable(TABLE, figures(row("Vårdval primärvård", "1223.0", "1311.3")), PLAN))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("row \"Vårdval primärvård\" has 2 amounts for 3 columns")
                .expectNoEvents();
    }

    @Test
    void everyRowNamesItsRecipient() {
        fixture.givenNoPriorActivity()
                .when(new DecideFrameworkTable(TABLE, figures(row(" ", "1", "2", "3")), PLAN))
                .expectException(predicate(e -> e instanceof InvalidInput refused && refused.field().equals("figures.rows[0].label")))
                .expectNoEvents();
    }

    @Test
    void recipientsMayNotReceiveMoreThanTheGrantingBodyHas() {
        TableRow total = new TableRow("Totalt", row("Totalt", "1308.5", "64.0", "1372.5").amounts(), true);
        fixture.givenNoPriorActivity()
                .when(new DecideFrameworkTable(TABLE, figures(row("Vårdval primärvård", "1223.0", "61.6", "1311.3"),
                        row("Vårdval barn- och ungdomstandvård", "85.5", "2.4", "87.8"), total), PLAN))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the recipients' frameworks add up to 1399.1 mnkr, more than the 1372.5 the granting body has")
                .expectNoEvents();
    }

    @Test
    void whatTheRecipientsLeaveIsUndistributedNotRefused() {
        TableRow total = new TableRow("Totalt", row("Totalt", "1308.5", "100.0", "1408.5").amounts(), true);
        TableFigures withRemainder = figures(row("Vårdval primärvård", "1223.0", "61.6", "1311.3"),
                row("Vårdval barn- och ungdomstandvård", "85.5", "2.4", "87.8"), total);
        fixture.givenNoPriorActivity()
                .when(new DecideFrameworkTable(TABLE, withRemainder, PLAN))
                .expectEvents(new FrameworkTableDecided(TABLE, 1, withRemainder, PLAN));
    }

    @Test
    void aRevisionThatStatesTheTableAsItIsIsRefused() {
        fixture.given(new FrameworkTableDecided(TABLE, 1, AS_DECIDED, PLAN))
                .when(new ReviseFrameworkTable(TABLE, AS_DECIDED, new Decision(Body.RS, "Dnr 2001-2022", null,
                        LocalDate.of(2023, 7, 1)), 1))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the revision states the table exactly as version 1 does; nothing to decide")
                .expectNoEvents();
    }

    @Test
    void aFrameworkCannotGoBelowZero() {
        fixture.givenNoPriorActivity()
                .when(new DecideFrameworkTable(TABLE, figures(row("Kulturen", "0.5", "-1.0", "-0.5")), PLAN))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the framework for \"Kulturen\" would be -0.5 mnkr; a framework cannot go below zero")
                .expectNoEvents();
    }

    static final TableFigures TWO_RECIPIENTS = figures(row("Vårdval primärvård", "1223.0", "61.6", "1311.3"),
            row("Vårdval barn- och ungdomstandvård", "85.5", "2.4", "87.8"));

    @Test
    void aTechnicalAdjustmentMovesMoneyBetweenRecipients() {
        TableFigures moved = figures(row("Vårdval primärvård", "1223.0", "61.4", "1311.1"),
                row("Vårdval barn- och ungdomstandvård", "85.5", "2.6", "88.0"));
        fixture.given(new FrameworkTableDecided(TABLE, 1, TWO_RECIPIENTS, PLAN))
                .when(new ReviseFrameworkTable(TABLE, moved, ADJUSTMENT, null))
                .expectEvents(new FrameworkTableRevised(TABLE, 2, moved, ADJUSTMENT));
    }

    @Test
    void aTechnicalAdjustmentMustNetToZero() {
        TableFigures more = figures(row("Vårdval primärvård", "1223.0", "61.6", "1311.3"),
                row("Vårdval barn- och ungdomstandvård", "85.5", "2.6", "88.0"));
        fixture.given(new FrameworkTableDecided(TABLE, 1, TWO_RECIPIENTS, PLAN))
                .when(new ReviseFrameworkTable(TABLE, more, ADJUSTMENT, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("a technical adjustment by the regional director must net to zero, but it changes "
                        + "the distributed total from 1399.1 to 1399.3 mnkr")
                .expectNoEvents();
    }

    @Test
    void theBoardsRevisionMayChangeTheTotal() {
        TableFigures adjusted = figures(row("Vårdval barn- och ungdomstandvård", "85.5", "2.5", "88.0"));
        Decision revisedPlan = new Decision(Body.RS, "Dnr 2001-2022", LocalDate.of(2022, 12, 7), LocalDate.of(2023, 1, 1));
        fixture.given(new FrameworkTableDecided(TABLE, 1, AS_DECIDED, PLAN))
                .when(new ReviseFrameworkTable(TABLE, adjusted, revisedPlan, 1))
                .expectEvents(new FrameworkTableRevised(TABLE, 2, adjusted, revisedPlan))
                .expectResultMessagePayload(2);
    }

    @Test
    void aRevisionReturnsTheNewVersion() {
        TableFigures adjusted = figures(row("Vårdval barn- och ungdomstandvård", "85.4", "2.4", "87.8"));
        fixture.given(new FrameworkTableDecided(TABLE, 1, AS_DECIDED, PLAN))
                .when(new ReviseFrameworkTable(TABLE, adjusted, ADJUSTMENT, 1))
                .expectEvents(new FrameworkTableRevised(TABLE, 2, adjusted, ADJUSTMENT))
                .expectResultMessagePayload(2);
    }

    @Test
    void aStaleRevisionIsRefused() {
        fixture.given(new FrameworkTableDecided(TABLE, 1, AS_DECIDED, PLAN),
                        new FrameworkTableRevised(TABLE, 2, AS_DECIDED, ADJUSTMENT))
                .when(new ReviseFrameworkTable(TABLE, AS_DECIDED, ADJUSTMENT, 1))
                .expectException(StaleVersion.class)
                .expectNoEvents();
    }

    @Test
    void aRevisionCannotTakeEffectBeforeTheVersionItRevises() {
        Decision backdated = new Decision(Body.RD, "RD-beslut 2022-99", LocalDate.of(2022, 12, 1), LocalDate.of(2022, 12, 1));
        fixture.given(new FrameworkTableDecided(TABLE, 1, AS_DECIDED, PLAN))
                .when(new ReviseFrameworkTable(TABLE, AS_DECIDED, backdated, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
