package se.planledger.command.budget;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planledger.domain.budget.CorrectFinancialOutcome;
import se.planledger.domain.budget.FinancialFigures;
import se.planledger.domain.budget.FinancialOutcomeCorrected;
import se.planledger.domain.budget.FinancialOutcomeRecorded;
import se.planledger.domain.budget.RecordFinancialOutcome;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.RuleViolation;
import se.planledger.domain.rejection.StaleVersion;
import se.planledger.domain.rejection.UnknownItem;

import java.math.BigDecimal;

/** Division Närsjukvård's 2019 follow-up as seed 004 reports it: one test per rule and rejection. */
class FinancialFollowUpTest {

    static final String ID = "narsjukvard-2019";
    static final FinancialFigures AUGUST = figures("-185", "-66", "-254", "-108");
    static final FinancialOutcomeRecorded REPORTED = new FinancialOutcomeRecorded(ID, "Närsjukvård", 2019,
            ReportingPeriod.DA08, AUGUST, "Delårsrapport augusti 2019");

    FixtureConfiguration<FinancialFollowUp> fixture;

    static FinancialFigures figures(String result, String target, String forecast, String budget) {
        return new FinancialFigures(bd(result), bd(target), bd(forecast), bd(budget), "mnkr");
    }

    static BigDecimal bd(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FinancialFollowUp.class);
    }

    @Test
    void aReportIsRecordedAsReported() {
        fixture.givenNoPriorActivity()
                .when(new RecordFinancialOutcome(ID, "Närsjukvård", 2019, ReportingPeriod.DA08, AUGUST, "Delårsrapport augusti 2019"))
                .expectEvents(REPORTED);
    }

    @Test
    void aLaterReportRevisesTheForecast() {
        FinancialFigures annual = figures("-246", "-108", null, "-108");
        fixture.given(REPORTED)
                .when(new RecordFinancialOutcome(ID, "Närsjukvård", 2019, ReportingPeriod.AR, annual, "Årsredovisning"))
                .expectEvents(new FinancialOutcomeRecorded(ID, "Närsjukvård", 2019, ReportingPeriod.AR, annual, "Årsredovisning"));
    }

    @Test
    void aReportIsRecordedOnce() {
        fixture.given(REPORTED)
                .when(new RecordFinancialOutcome(ID, "Närsjukvård", 2019, ReportingPeriod.DA08, AUGUST, "igen"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void reportsArePerAprilAugustOrYear() {
        fixture.givenNoPriorActivity()
                .when(new RecordFinancialOutcome(ID, "Närsjukvård", 2019, ReportingPeriod.T1, AUGUST, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aReportNamesItsUnit() {
        fixture.givenNoPriorActivity()
                .when(new RecordFinancialOutcome(ID, " ", 2019, ReportingPeriod.DA08, AUGUST, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aReportGivesAResultOrAForecast() {
        fixture.givenNoPriorActivity()
                .when(new RecordFinancialOutcome(ID, "Närsjukvård", 2019, ReportingPeriod.DA08,
                        figures(null, "-66", null, "-108"), null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aFollowUpStaysWithItsUnitAndYear() {
        fixture.given(REPORTED)
                .when(new RecordFinancialOutcome(ID, "Länssjukvård", 2019, ReportingPeriod.AR, AUGUST, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectionSupersedesWithAReason() {
        FinancialFigures corrected = figures("-184", "-66", "-254", "-108");
        fixture.given(REPORTED)
                .when(new CorrectFinancialOutcome(ID, ReportingPeriod.DA08, corrected, "Periodiseringsfel", null))
                .expectEvents(new FinancialOutcomeCorrected(ID, "Närsjukvård", 2019, ReportingPeriod.DA08, corrected,
                        "Periodiseringsfel"));
    }

    @Test
    void aCorrectionNeedsAReason() {
        fixture.given(REPORTED)
                .when(new CorrectFinancialOutcome(ID, ReportingPeriod.DA08, AUGUST, "", null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void onlyAReportedPeriodIsCorrected() {
        fixture.given(REPORTED)
                .when(new CorrectFinancialOutcome(ID, ReportingPeriod.DA04, AUGUST, "fel", null))
                .expectException(UnknownItem.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectionOfTheRevisionReadIsRecordedAndAnswersTheNext() {
        expectCorrection(figures("-184", "-66", "-254", "-108"), 1L, 2L, REPORTED);
    }

    @Test
    void aCorrectionOfAnotherRevisionThanTheReportsIsRefused() {
        fixture.given(REPORTED, new FinancialOutcomeCorrected(ID, "Närsjukvård", 2019, ReportingPeriod.DA08,
                        figures("-184", "-66", "-254", "-108"), "Periodiseringsfel"))
                .when(new CorrectFinancialOutcome(ID, ReportingPeriod.DA08, figures("-183", "-66", "-254", "-108"),
                        "Ny avstämning", 1L))
                .expectException(StaleVersion.class)
                .expectExceptionMessage("the item was changed by someone else: you had version 1, the ledger has 2")
                .expectNoEvents();
    }

    @Test
    void eachReportCountsItsOwnRevisions() {
        FinancialFigures april = figures("-60", "-22", "-180", "-108");
        expectCorrection(figures("-186", "-66", "-254", "-108"), 1L, 2L,
                new FinancialOutcomeRecorded(ID, "Närsjukvård", 2019, ReportingPeriod.DA04, april, "April"),
                new FinancialOutcomeCorrected(ID, "Närsjukvård", 2019, ReportingPeriod.DA04,
                        figures("-61", "-22", "-180", "-108"), "Fel konto"), REPORTED);
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        fixture.given(REPORTED)
                .when(new CorrectFinancialOutcome(ID, ReportingPeriod.DA08, figures("-185.0", "-66", "-254.00", "-108"),
                        "Kontrollerad igen", 1L))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the correction states Närsjukvård's " + ReportingPeriod.DA08.label()
                        + " 2019 exactly as revision 1 does (the same figures in mnkr); nothing to record")
                .expectNoEvents();
    }

    @Test
    void aCorrectionBackToTheFirstFiguresIsACorrection() {
        expectCorrection(AUGUST, 2L, 3L, REPORTED, new FinancialOutcomeCorrected(ID, "Närsjukvård", 2019,
                ReportingPeriod.DA08, figures("-184", "-66", "-254", "-108"), "Periodiseringsfel"));
    }

    /** After {@code given}, a correction of the August report naming revision {@code read} is recorded as {@code next}. */
    private void expectCorrection(FinancialFigures corrected, long read, long next, Object... given) {
        fixture.given(given)
                .when(new CorrectFinancialOutcome(ID, ReportingPeriod.DA08, corrected, "Periodiseringsfel", read))
                .expectResultMessagePayload(next)
                .expectEvents(new FinancialOutcomeCorrected(ID, "Närsjukvård", 2019, ReportingPeriod.DA08, corrected,
                        "Periodiseringsfel"));
    }
}
