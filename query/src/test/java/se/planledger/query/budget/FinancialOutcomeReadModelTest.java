package se.planledger.query.budget;

import org.axonframework.eventhandling.EventMessage;
import se.planledger.domain.budget.FinancialFigures;
import se.planledger.domain.budget.FinancialOutcomeCorrected;
import se.planledger.domain.budget.FinancialOutcomeRecorded;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.query.support.OnBothDatabases;
import se.planledger.query.support.ReadSide;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.planledger.query.support.LedgerEvents.RECORDER;
import static se.planledger.query.support.LedgerEvents.recorded;
import static se.planledger.query.support.When.at;

/**
 * Närsjukvården's financial follow-up for 2023 (mnkr): DÅ04 reported in May and corrected twice, DÅ08 reported in
 * September with a worse forecast.
 */
class FinancialOutcomeReadModelTest {

    private static final String FOLLOW_UP = "narsjukvard-2023";
    private static final String UNIT = "Närsjukvården";
    private static final String DA04_RECORDED = "2023-05-10T08:00:00Z";
    private static final String DA04_CORRECTED = "2023-05-20T08:00:00Z";
    private static final String DA04_CORRECTED_AGAIN = "2023-06-05T08:00:00Z";
    private static final String DA08_RECORDED = "2023-09-15T08:00:00Z";
    private static final String NOW = "2023-12-31T00:00:00Z";

    @OnBothDatabases
    void aCorrectionIsTheReportInForceWithItsReasonAndTheForecastMovesFromIt(ReadSide readSide) {
        readSide.feed(readSide.financialOutcomeProjection(), history());

        List<FinancialOutcomeView> year = readSide.financialOutcomes().year(2023, at("2023-12-31", NOW));

        assertThat(year).hasSize(1);
        FinancialOutcomeView unit = year.get(0);
        assertThat(unit.followUpId()).isEqualTo(FOLLOW_UP);
        assertThat(unit.unit()).isEqualTo(UNIT);
        assertThat(unit.reports()).extracting(FinancialOutcomeView.PeriodReport::period)
                .containsExactly(ReportingPeriod.DA04, ReportingPeriod.DA08);
        FinancialOutcomeView.PeriodReport april = unit.reports().get(0);
        assertThat(april.revision()).isEqualTo(3);
        assertThat(april.periodResult()).isEqualByComparingTo("-14.0");
        assertThat(april.periodResult().toPlainString()).as("as stated, not padded to the column's six decimals")
                .isEqualTo("-14");
        assertThat(april.periodDeviation()).isEqualByComparingTo("-4.0");
        assertThat(april.correction()).isEqualTo("Pensionskostnad bokförd på fel period");
        assertThat(april.source()).as("a correction states a reason, not a source").isNull();
        assertThat(april.recordedAt()).isEqualTo(Instant.parse(DA04_CORRECTED_AGAIN));
        assertThat(april.recordedBy()).isEqualTo(RECORDER);
        FinancialOutcomeView.PeriodReport august = unit.reports().get(1);
        assertThat(august.revision()).isEqualTo(1);
        assertThat(august.source()).isEqualTo("Delårsrapport augusti");
        assertThat(august.forecastDeviation()).isEqualByComparingTo("-16.0");
        assertThat(august.forecastChange()).as("from the corrected April forecast").isEqualByComparingTo("-4.0");
    }

    @OnBothDatabases
    void theYearIsAnsweredAsKnownAtEachPointAndEachReportInForceFromItsPeriodsEnd(ReadSide readSide) {
        readSide.feed(readSide.financialOutcomeProjection(), history());
        FinancialOutcomeReadModel outcomes = readSide.financialOutcomes();

        FinancialOutcomeView.PeriodReport asFirstReported = outcomes.year(2023, at("2023-12-31", "2023-05-15T00:00:00Z"))
                .get(0).reports().get(0);
        assertThat(asFirstReported.revision()).isEqualTo(1);
        assertThat(asFirstReported.periodResult()).isEqualByComparingTo("-12.0");
        assertThat(asFirstReported.correction()).isNull();
        FinancialOutcomeView asKnownInJuly = outcomes.year(2023, at("2023-12-31", "2023-07-01T00:00:00Z")).get(0);
        assertThat(asKnownInJuly.reports()).as("DÅ08 not yet reported").hasSize(1);
        assertThat(asKnownInJuly.reports().get(0).revision()).isEqualTo(3);
        assertThat(asKnownInJuly.reports().get(0).periodResult()).isEqualByComparingTo("-14.0");

        assertThat(outcomes.year(2023, at("2023-04-29", NOW))).as("before DÅ04 covers its months").isEmpty();
        assertThat(outcomes.year(2023, at("2023-08-30", NOW)).get(0).reports()).as("before DÅ08's period ends")
                .extracting(FinancialOutcomeView.PeriodReport::period).containsExactly(ReportingPeriod.DA04);
        assertThat(outcomes.year(2023, at("2023-12-31", "2023-05-01T00:00:00Z"))).as("nothing known yet").isEmpty();
        assertThat(outcomes.year(2022, at("2022-12-31", NOW))).as("another year").isEmpty();
    }

    @OnBothDatabases
    void theHistoryIsEveryRecordedFigureInOrderEachReportsVersionsNumberedFromOne(ReadSide readSide) {
        readSide.feed(readSide.financialOutcomeProjection(), history());
        FinancialOutcomeReadModel outcomes = readSide.financialOutcomes();

        List<FinancialOutcomeView.PeriodReport> all = outcomes.history(FOLLOW_UP, Instant.parse(NOW));
        assertThat(all).extracting(FinancialOutcomeView.PeriodReport::period).containsExactly(ReportingPeriod.DA04,
                ReportingPeriod.DA04, ReportingPeriod.DA04, ReportingPeriod.DA08);
        assertThat(all).extracting(FinancialOutcomeView.PeriodReport::revision).containsExactly(1, 2, 3, 1);
        assertThat(all).extracting(FinancialOutcomeView.PeriodReport::recordedAt).containsExactly(
                Instant.parse(DA04_RECORDED), Instant.parse(DA04_CORRECTED), Instant.parse(DA04_CORRECTED_AGAIN),
                Instant.parse(DA08_RECORDED));

        List<FinancialOutcomeView.PeriodReport> april = outcomes.history(FOLLOW_UP, ReportingPeriod.DA04,
                Instant.parse(NOW));
        assertThat(april).extracting(FinancialOutcomeView.PeriodReport::revision).containsExactly(1, 2, 3);
        assertThat(april).extracting(FinancialOutcomeView.PeriodReport::periodResult)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-12.0"), new BigDecimal("-13.5"), new BigDecimal("-14.0"));
        assertThat(outcomes.history(FOLLOW_UP, ReportingPeriod.DA04, Instant.parse("2023-05-15T00:00:00Z")))
                .as("as known before the corrections").hasSize(1);

        assertThatThrownBy(() -> outcomes.history(FOLLOW_UP, ReportingPeriod.AR, Instant.parse(NOW)))
                .isInstanceOf(UnknownItem.class).hasMessageContaining("no ÅR report");
        assertThatThrownBy(() -> outcomes.history(FOLLOW_UP, Instant.parse("2023-05-01T00:00:00Z")))
                .isInstanceOf(UnknownItem.class).hasMessageContaining("no financial follow-up " + FOLLOW_UP);
    }

    /** The reports and corrections above, as recorded. */
    static List<EventMessage<?>> history() {
        return List.of(
                recorded(DA04_RECORDED, new FinancialOutcomeRecorded(FOLLOW_UP, UNIT, 2023, ReportingPeriod.DA04,
                        figures("-12.0", "-10.0", "-30.0"), "Delårsrapport april")),
                recorded(DA04_CORRECTED, new FinancialOutcomeCorrected(FOLLOW_UP, UNIT, 2023, ReportingPeriod.DA04,
                        figures("-13.5", "-10.0", "-32.0"), "Periodiseringsfel")),
                recorded(DA04_CORRECTED_AGAIN, new FinancialOutcomeCorrected(FOLLOW_UP, UNIT, 2023, ReportingPeriod.DA04,
                        figures("-14.0", "-10.0", "-32.0"), "Pensionskostnad bokförd på fel period")),
                recorded(DA08_RECORDED, new FinancialOutcomeRecorded(FOLLOW_UP, UNIT, 2023, ReportingPeriod.DA08,
                        figures("-25.0", "-15.0", "-36.0"), "Delårsrapport augusti")));
    }

    /** A report's result and target for its period and its forecast against the year's target of -20 mnkr. */
    private static FinancialFigures figures(String result, String target, String forecast) {
        return new FinancialFigures(new BigDecimal(result), new BigDecimal(target), new BigDecimal(forecast),
                new BigDecimal("-20.0"), "mnkr");
    }
}
