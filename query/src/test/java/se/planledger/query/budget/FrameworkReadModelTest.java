package se.planledger.query.budget;

import org.axonframework.eventhandling.EventMessage;
import se.planledger.domain.budget.ColumnRole;
import se.planledger.domain.budget.FrameworkTableDecided;
import se.planledger.domain.budget.FrameworkTableRevised;
import se.planledger.domain.budget.TableColumn;
import se.planledger.domain.budget.TableFigures;
import se.planledger.domain.budget.TableRow;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.query.support.OnBothDatabases;
import se.planledger.query.support.ReadSide;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.planledger.query.support.LedgerEvents.recorded;
import static se.planledger.query.support.When.at;

/**
 * A frame decided by RS for 2023, then adjusted by the regional director (RD) in May, in force from 1 June: one
 * million moves from Division Länssjukvård 1 to Vårdval primärvård, the total unchanged.
 */
class FrameworkReadModelTest {

    private static final String TABLE = "ekonomisk-ram-2023";
    private static final String ADJUSTED_AT = "2023-05-20T08:00:00Z";
    private static final String NOW = "2023-12-31T00:00:00Z";
    private static final String PRIMARY_CARE = "Vårdval primärvård";

    @OnBothDatabases
    void aRevisionIsInForceFromItsEffectiveDateOnceRecorded(ReadSide readSide) {
        readSide.feed(readSide.frameworkProjection(), history());
        FrameworkReadModel frameworks = readSide.frameworks();

        assertThat(frameworks.table(TABLE, at("2023-03-01", NOW)).version()).isEqualTo(1);
        assertThat(frameworks.table(TABLE, at("2023-07-01", NOW)).version()).isEqualTo(2);
        assertThat(frameworks.table(TABLE, at("2023-07-01", "2023-05-01T00:00:00Z")).version())
                .as("the adjustment not yet recorded").isEqualTo(1);
        assertThat(frameworks.tables(at("2022-12-31", NOW))).as("before the frame applies").isEmpty();
        assertThat(frameworks.reconciliation(at("2023-07-01", NOW))).as("both versions add up").isEmpty();
    }

    @OnBothDatabases
    void aRecipientsFrameShowsEveryChangeWithItsDecision(ReadSide readSide) {
        readSide.feed(readSide.frameworkProjection(), history());
        FrameworkReadModel frameworks = readSide.frameworks();

        FrameworkView frame = frameworks.frameworks(PRIMARY_CARE, 2023, at("2023-07-01", NOW)).get(0);
        assertThat(frame.closing()).isEqualByComparingTo("2104.0");
        assertThat(frame.closing().scale()).as("kept with the precision decided").isEqualTo(1);
        assertThat(frame.closingKronor()).isEqualByComparingTo("2104000000");
        assertThat(frame.changes()).extracting(FrameworkView.Change::version).containsExactly(1, 2);
        FrameworkView.Change adjustment = frame.changes().get(1);
        assertThat(adjustment.body()).isEqualTo("RD");
        assertThat(adjustment.before().get("Ram 2023")).isEqualByComparingTo("2103.0");
        assertThat(adjustment.after().get("Ram 2023")).isEqualByComparingTo("2104.0");
        assertThat(adjustment.recordedAt()).isEqualTo(Instant.parse(ADJUSTED_AT));
        assertThat(frameworks.frameworks(PRIMARY_CARE, 2023, at("2023-07-01", "2023-05-01T00:00:00Z")).get(0).changes())
                .as("as known before the adjustment").hasSize(1);

        List<FrameworkReadModel.TableVersionChange> history = frameworks.history(TABLE, Instant.parse(NOW));
        assertThat(history).hasSize(2);
        assertThat(history.get(1).changes()).extracting(change -> change.path())
                .containsExactlyInAnyOrder("rows[0].amounts[1]", "rows[0].amounts[2]", "rows[1].amounts[1]",
                        "rows[1].amounts[2]");
    }

    @OnBothDatabases
    void aRecipientIsFoundByAPartOfItsNameInAnyCaseAndTheRecipientsAreListed(ReadSide readSide) {
        readSide.feed(readSide.frameworkProjection(), history());
        FrameworkReadModel frameworks = readSide.frameworks();

        assertThat(frameworks.frameworks("PRIMÄRVÅRD", null, at("2023-07-01", NOW)))
                .extracting(FrameworkView::recipient).containsExactly(PRIMARY_CARE);
        readSide.feed(readSide.frameworkProjection(), List.of(recorded("2022-11-30T12:00:00Z",
                new FrameworkTableDecided("regionbidrag-2023-2025", 1, new TableFigures("Regionbidrag", "mnkr", 1, 2023,
                        List.of(new TableColumn("Föregående år", ColumnRole.OPENING), new TableColumn("Förändring",
                                ColumnRole.COMPONENT), new TableColumn("Ram", ColumnRole.CLOSING)),
                        List.of(row("2023", "8675.0", "9279.8"), row("2024", "9279.8", "9610.0")), null),
                        new Decision(Body.RF, "Dnr 1043-2022", LocalDate.of(2022, 11, 16), LocalDate.of(2023, 1, 1))))));
        assertThat(frameworks.recipients(at("2023-07-01", NOW))).as("a build-up's years are no recipients")
                .extracting(RecipientView::recipient).containsExactly("Division Länssjukvård 1", PRIMARY_CARE);
        assertThatThrownBy(() -> frameworks.frameworks("tandvård", null, at("2023-07-01", NOW)))
                .isInstanceOf(UnknownItem.class).hasMessageContaining("recipients: [Division Länssjukvård 1, " + PRIMARY_CARE);
        assertThatThrownBy(() -> frameworks.frameworks("v", null, at("2023-07-01", NOW)))
                .as("both names hold a v").isInstanceOf(InvalidInput.class).hasMessageContaining("matches several");
    }

    private static List<EventMessage<?>> history() {
        return List.of(
                recorded("2022-11-30T12:00:00Z", new FrameworkTableDecided(TABLE, 1,
                        frame("2103.0", "1504.5"),
                        new Decision(Body.RS, "Dnr 1043-2022", LocalDate.of(2022, 11, 16), LocalDate.of(2023, 1, 1)))),
                recorded(ADJUSTED_AT, new FrameworkTableRevised(TABLE, 2,
                        frame("2104.0", "1503.5"),
                        new Decision(Body.RD, "Dnr 501-2023", LocalDate.of(2023, 5, 15), LocalDate.of(2023, 6, 1)))));
    }

    /** Last year's frame, the change and this year's frame per recipient and in total (mnkr, one decimal). */
    private static TableFigures frame(String primaryCare, String division) {
        return new TableFigures("Ekonomisk ram 2023", "mnkr", 1, 2023,
                List.of(new TableColumn("Ram 2022", ColumnRole.OPENING), new TableColumn("Förändring", ColumnRole.COMPONENT),
                        new TableColumn("Ram 2023", ColumnRole.CLOSING)),
                List.of(row(PRIMARY_CARE, "2000.0", primaryCare), row("Division Länssjukvård 1", "1500.0", division),
                        new TableRow("Totalt", amounts("3500.0", "3607.5"), true)),
                null);
    }

    private static TableRow row(String recipient, String opening, String closing) {
        return new TableRow(recipient, amounts(opening, closing), false);
    }

    private static List<BigDecimal> amounts(String opening, String closing) {
        return List.of(new BigDecimal(opening), new BigDecimal(closing).subtract(new BigDecimal(opening)),
                new BigDecimal(closing));
    }
}
