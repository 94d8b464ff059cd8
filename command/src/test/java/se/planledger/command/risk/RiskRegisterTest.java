package se.planledger.command.risk;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.RuleViolation;
import se.planledger.domain.rejection.StaleVersion;
import se.planledger.domain.rejection.UnknownItem;
import se.planledger.domain.risk.AdoptRiskScale;
import se.planledger.domain.risk.AssessRisk;
import se.planledger.domain.risk.CloseRisk;
import se.planledger.domain.risk.ReassessRisk;
import se.planledger.domain.risk.RiskAssessed;
import se.planledger.domain.risk.RiskBand;
import se.planledger.domain.risk.RiskClosed;
import se.planledger.domain.risk.RiskDescription;
import se.planledger.domain.risk.RiskReassessed;
import se.planledger.domain.risk.RiskScale;
import se.planledger.domain.risk.RiskScaleAdopted;
import se.planledger.domain.risk.RiskScore;
import se.planledger.domain.risk.RiskSubject;

import java.time.LocalDate;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.predicate;

/** One test per rule and rejection of a board's risk register. */
class RiskRegisterTest {

    static final String REGISTER = "rs-risks";
    static final LocalDate START = LocalDate.of(2022, 6, 1);
    static final RiskScaleAdopted SEED_SCALE = new RiskScaleAdopted(REGISTER, "RS", RiskScale.SEED, START);
    static final RiskScale FIVE_BY_FIVE = new RiskScale(2, 5, 5, List.of(new RiskBand("Låg", 1, 9, false),
            new RiskBand("Hög", 10, 25, true)));
    static final RiskSubject FACTOR = new RiskSubject("SUCCESS_FACTOR", "G1.F1", "Attraktiva livsmiljöer finns i hela Norrbotten",
            "Samhälle", "Ett livskraftigt län(RS,RUN)");
    static final RiskDescription TEXTS = new RiskDescription("Nära vårdreformen avstannar.", "Ojämlik hälso och sjuk vård.",
            "Rekryteringsproblem i glesbygd.", "Servicepunkter, gemensam målbild", null, null);
    static final RiskAssessed ASSESSED = new RiskAssessed(REGISTER, "R01", 1, FACTOR, "2023–2025", TEXTS,
            RiskScale.SEED.score(3, 2), START, "Regionstyrelsen");

    FixtureConfiguration<RiskRegister> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RiskRegister.class);
    }

    @Test
    void aRegisterOpensWithItsScale() {
        fixture.givenNoPriorActivity()
                .when(new AdoptRiskScale(REGISTER, "RS", RiskScale.SEED, START))
                .expectEvents(SEED_SCALE);
    }

    @Test
    void aScaleMustBandEveryScore() {
        RiskScale gap = new RiskScale(1, 4, 4, List.of(new RiskBand("Låg", 1, 8, false)));
        fixture.givenNoPriorActivity()
                .when(new AdoptRiskScale(REGISTER, "RS", gap, START))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void aNewScaleAppliesFromThenOnWithAHigherVersion() {
        fixture.given(SEED_SCALE)
                .when(new AdoptRiskScale(REGISTER, "RS", FIVE_BY_FIVE, LocalDate.of(2023, 6, 1)))
                .expectEvents(new RiskScaleAdopted(REGISTER, "RS", FIVE_BY_FIVE, LocalDate.of(2023, 6, 1)));
    }

    @Test
    void aScaleChangeCannotReachBack() {
        fixture.given(SEED_SCALE)
                .when(new AdoptRiskScale(REGISTER, "RS", FIVE_BY_FIVE, LocalDate.of(2022, 1, 1)))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anAssessmentIsScoredOnTheScaleInForce() {
        fixture.given(SEED_SCALE)
                .when(new AssessRisk(REGISTER, "R01", FACTOR, "2023–2025", TEXTS, 3, 2, START, "Regionstyrelsen"))
                .expectEvents(ASSESSED);
    }

    @Test
    void aScoreOutsideTheScaleIsRefused() {
        fixture.given(SEED_SCALE)
                .when(new AssessRisk(REGISTER, "R01", FACTOR, "2023–2025", TEXTS, 5, 2, START, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("consequence 5 lies outside the scale 1–4 (scale version 1)")
                .expectNoEvents();
    }

    @Test
    void afterAScaleChangeTheNewScaleScores() {
        fixture.given(SEED_SCALE, new RiskScaleAdopted(REGISTER, "RS", FIVE_BY_FIVE, LocalDate.of(2023, 6, 1)), ASSESSED)
                .when(new ReassessRisk(REGISTER, "R01", TEXTS, 5, 3, LocalDate.of(2023, 9, 1), "Regionstyrelsen", "Ny skala", null))
                .expectEvents(new RiskReassessed(REGISTER, "R01", 2, TEXTS, new RiskScore(5, 3, 15, "Hög", true, 2),
                        LocalDate.of(2023, 9, 1), "Regionstyrelsen", "Ny skala"));
    }

    @Test
    void anAssessmentBeforeAnyScaleIsRefused() {
        fixture.given(SEED_SCALE)
                .when(new AssessRisk(REGISTER, "R01", FACTOR, "2023–2025", TEXTS, 3, 2, LocalDate.of(2021, 1, 1), null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void riskIdsAreUnique() {
        fixture.given(SEED_SCALE, ASSESSED)
                .when(new AssessRisk(REGISTER, "R01", FACTOR, "2023–2025", TEXTS, 3, 2, START, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anAssessmentSaysWhatCanHappen() {
        fixture.given(SEED_SCALE)
                .when(new AssessRisk(REGISTER, "R01", FACTOR, "2023–2025",
                        new RiskDescription(" ", null, null, null, null, null), 3, 2, START, null))
                .expectException(predicate(e -> e instanceof InvalidInput refused && refused.field().equals("description.whatCanHappen")))
                .expectExceptionMessage("must not be empty")
                .expectNoEvents();
    }

    @Test
    void anAssessmentNamesWhatIsAssessed() {
        fixture.given(SEED_SCALE)
                .when(new AssessRisk(REGISTER, "R01", new RiskSubject("SUCCESS_FACTOR", "G1.F1", " ", null, null), "2023–2025",
                        TEXTS, 3, 2, START, null))
                .expectException(predicate(e -> e instanceof InvalidInput refused && refused.field().equals("subject.name")))
                .expectNoEvents();
    }

    @Test
    void aReassessmentNeedsAReason() {
        fixture.given(SEED_SCALE, ASSESSED)
                .when(new ReassessRisk(REGISTER, "R01", TEXTS, 3, 3, START, null, "", null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownRiskIsNotReassessed() {
        fixture.given(SEED_SCALE)
                .when(new ReassessRisk(REGISTER, "R99", TEXTS, 3, 3, START, null, "Ny bedömning", null))
                .expectException(UnknownItem.class)
                .expectNoEvents();
    }

    @Test
    void closingKeepsTheRiskInHistory() {
        fixture.given(SEED_SCALE, ASSESSED)
                .when(new CloseRisk(REGISTER, "R01", LocalDate.of(2024, 1, 1), "Framgångsfaktorn utgår", null))
                .expectEvents(new RiskClosed(REGISTER, "R01", 2, LocalDate.of(2024, 1, 1), "Framgångsfaktorn utgår"));
    }

    @Test
    void aClosedRiskIsNotReassessed() {
        fixture.given(SEED_SCALE, ASSESSED, new RiskClosed(REGISTER, "R01", 2, LocalDate.of(2024, 1, 1), "Utgår"))
                .when(new ReassessRisk(REGISTER, "R01", TEXTS, 3, 3, LocalDate.of(2024, 2, 1), null, "Igen", null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aReassessmentOfAnotherVersionThanTheRisksIsRefused() {
        fixture.given(SEED_SCALE, ASSESSED, new RiskReassessed(REGISTER, "R01", 2, TEXTS, RiskScale.SEED.score(3, 3),
                        LocalDate.of(2023, 3, 1), null, "Fler vakanser"))
                .when(new ReassessRisk(REGISTER, "R01", TEXTS, 4, 3, LocalDate.of(2023, 9, 1), null, "Värre", 1L))
                .expectException(StaleVersion.class)
                .expectExceptionMessage("the item was changed by someone else: you had version 1, the ledger has 2")
                .expectNoEvents();
    }

    @Test
    void aReassessmentOfTheVersionReadIsRecorded() {
        fixture.given(SEED_SCALE, ASSESSED)
                .when(new ReassessRisk(REGISTER, "R01", TEXTS, 4, 3, LocalDate.of(2023, 9, 1), null, "Värre", 1L))
                .expectResultMessagePayload(2L)
                .expectEvents(new RiskReassessed(REGISTER, "R01", 2, TEXTS, RiskScale.SEED.score(4, 3),
                        LocalDate.of(2023, 9, 1), null, "Värre"));
    }

    @Test
    void closingAnotherVersionThanTheRisksIsRefused() {
        fixture.given(SEED_SCALE, ASSESSED, new RiskReassessed(REGISTER, "R01", 2, TEXTS, RiskScale.SEED.score(3, 3),
                        LocalDate.of(2023, 3, 1), null, "Fler vakanser"))
                .when(new CloseRisk(REGISTER, "R01", LocalDate.of(2024, 1, 1), "Utgår", 1L))
                .expectException(StaleVersion.class)
                .expectNoEvents();
    }

    @Test
    void aReassessmentThatChangesNothingIsRefused() {
        fixture.given(SEED_SCALE, ASSESSED)
                .when(new ReassessRisk(REGISTER, "R01", TEXTS, 3, 2, LocalDate.of(2023, 9, 1), "Regionstyrelsen",
                        "Ny bedömning", 1L))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the reassessment states risk R01 exactly as version 1 does (the same texts, "
                        + "scores 3 × 2 on scale version 1); nothing to record")
                .expectNoEvents();
    }

    @Test
    void theSameScoresWithOtherTextsAreAReassessment() {
        RiskDescription measured = new RiskDescription(TEXTS.whatCanHappen(), TEXTS.consequence(), TEXTS.causes(),
                "Servicepunkter, gemensam målbild, rekryteringsstöd", null, null);
        fixture.given(SEED_SCALE, ASSESSED)
                .when(new ReassessRisk(REGISTER, "R01", measured, 3, 2, LocalDate.of(2023, 9, 1), null, "Nya åtgärder", null))
                .expectEvents(new RiskReassessed(REGISTER, "R01", 2, measured, RiskScale.SEED.score(3, 2),
                        LocalDate.of(2023, 9, 1), null, "Nya åtgärder"));
    }
}
