package se.planledger.domain.followup;

import org.junit.jupiter.api.Test;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.plan.item.GoodDirection;
import se.planledger.domain.target.StatedValue;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Every target form of the plans, each direction, judged with the seed's own targets. */
class EvaluationTest {

    static OutcomeValues total(String value) {
        return new OutcomeValues(new BigDecimal(value), null, null);
    }

    static Fulfilment judge(String target, GoodDirection direction, ReportingPeriod period, OutcomeValues outcome,
                            OutcomeValues reference) {
        return Evaluation.judge(StatedValue.parse(target), direction, period, outcome, reference, null).fulfilment();
    }

    @Test
    void anExactShareIsMetWhenReached() {
        assertThat(judge("95 %", GoodDirection.HIGHER_IS_BETTER, ReportingPeriod.DA04, total("96"), null)).isEqualTo(Fulfilment.MET);
        assertThat(judge("95 %", GoodDirection.HIGHER_IS_BETTER, ReportingPeriod.DA04, total("86"), null)).isEqualTo(Fulfilment.PARTLY_MET);
        assertThat(judge("95 %", GoodDirection.HIGHER_IS_BETTER, ReportingPeriod.DA04, total("80"), null)).isEqualTo(Fulfilment.NOT_MET);
    }

    @Test
    void aTargetPerReportIsJudgedAgainstTheReportsOwnFigure() {
        // Seed 004: sick leave "DÅ04: 5,6% DÅ08: 4,8% ÅR: 4,9%", 4,4 % per August ("tertialens målsättning överträffas").
        String sickLeave = "DÅ04: 5,6% DÅ08: 4,8% ÅR: 4,9%";
        assertThat(judge(sickLeave, GoodDirection.LOWER_IS_BETTER, ReportingPeriod.DA08, total("4.4"), null)).isEqualTo(Fulfilment.MET);
        assertThat(judge(sickLeave, GoodDirection.LOWER_IS_BETTER, ReportingPeriod.DA04, total("5.9"), null)).isEqualTo(Fulfilment.PARTLY_MET);
        // Consolidation 54 % against 62 % per August: "målet på 62 procent konsolideringsgrad nås inte".
        assertThat(judge("DÅ04: 61 % DÅ08: 62% ÅR: 64 %", GoodDirection.HIGHER_IS_BETTER, ReportingPeriod.DA08, total("54"), null))
                .isEqualTo(Fulfilment.NOT_MET);
        assertThat(Evaluation.judge(StatedValue.parse(sickLeave), GoodDirection.LOWER_IS_BETTER, ReportingPeriod.T2,
                total("4.4"), null, null).rule()).isEqualTo("per-report@4");
    }

    @Test
    void anExactTargetWithOutcomesForWomenAndMenOnlyJudgesBoth() {
        // Seed 001: "Andel utskrivna patienter ... läkemedelsberättelse", target 70 %, outcome M: 76 %, K: 78 %.
        OutcomeValues genders = new OutcomeValues(null, new BigDecimal("78"), new BigDecimal("76"));
        assertThat(judge("70 %", GoodDirection.HIGHER_IS_BETTER, ReportingPeriod.DA04, genders, null)).isEqualTo(Fulfilment.MET);
        OutcomeValues oneShort = new OutcomeValues(null, new BigDecimal("78"), new BigDecimal("50"));
        assertThat(judge("70 %", GoodDirection.HIGHER_IS_BETTER, ReportingPeriod.DA04, oneShort, null)).isEqualTo(Fulfilment.PARTLY_MET);
    }

    @Test
    void anExactTargetBelowTheBaselineMeansLowerIsBetter() {
        // "Skillnad i regionens läkemedelskostnad": 2021: 458 kr, target 350 kr.
        assertThat(judge("350 kr", GoodDirection.LOWER_IS_BETTER, ReportingPeriod.AR, total("340"), null)).isEqualTo(Fulfilment.MET);
        assertThat(judge("350 kr", GoodDirection.LOWER_IS_BETTER, ReportingPeriod.AR, total("380"), null)).isEqualTo(Fulfilment.PARTLY_MET);
        assertThat(judge("350 kr", GoodDirection.LOWER_IS_BETTER, ReportingPeriod.AR, total("450"), null)).isEqualTo(Fulfilment.NOT_MET);
    }

    @Test
    void aTargetByDecemberIsJudgedInTheAnnualReport() {
        assertThat(judge("100 % i dec", GoodDirection.HIGHER_IS_BETTER, ReportingPeriod.DA08,
                total("70"), null)).isEqualTo(Fulfilment.NOT_ASSESSABLE);
        assertThat(judge("100 % i dec", GoodDirection.HIGHER_IS_BETTER, ReportingPeriod.AR, total("100"), null)).isEqualTo(Fulfilment.MET);
    }

    @Test
    void aDirectionIsJudgedAgainstThePreviousValue() {
        assertThat(judge("Öka", null, ReportingPeriod.DA08, total("5100"), total("4918"))).isEqualTo(Fulfilment.MET);
        assertThat(judge("Öka", null, ReportingPeriod.DA08, total("4900"), total("4918"))).isEqualTo(Fulfilment.NOT_MET);
        assertThat(judge("Minska", null, ReportingPeriod.DA08, total("30000"), total("31944"))).isEqualTo(Fulfilment.MET);
        assertThat(judge("Minska", null, ReportingPeriod.DA08, total("31944"), total("31944"))).isEqualTo(Fulfilment.PARTLY_MET);
        assertThat(judge("Behålla", null, ReportingPeriod.AR, total("1064430"), total("1064430"))).isEqualTo(Fulfilment.MET);
        assertThat(judge("Öka", null, ReportingPeriod.AR, total("10"), null)).isEqualTo(Fulfilment.NOT_ASSESSABLE);
    }

    @Test
    void aDirectionForWomenAndMenWithoutATotalIsJudgedForEach() {
        // Seed 001, "fått fråga om våld i nära relation", "Öka": T1 2021 K 176 M 139, T1 2022 K 203 M 135.
        OutcomeValues lastYear = new OutcomeValues(null, new BigDecimal("176"), new BigDecimal("139"));
        Judgement judged = Evaluation.judge(StatedValue.parse("Öka"), null, ReportingPeriod.DA04,
                new OutcomeValues(null, new BigDecimal("203"), new BigDecimal("135")), lastYear, null);
        assertThat(judged.fulfilment()).isEqualTo(Fulfilment.PARTLY_MET);
        assertThat(judged.rule()).isEqualTo("direction@4");
        assertThat(judged.explanation()).isEqualTo("women: INCREASE: 176 → 203; men: INCREASE: 139 → 135");
        assertThat(judge("Öka", null, ReportingPeriod.DA04, new OutcomeValues(null, new BigDecimal("180"),
                new BigDecimal("140")), lastYear)).isEqualTo(Fulfilment.MET);
        // "Strukturerad suicidbedömning": 2021 K 28 % M 17 %, the table's M 17 % K 7 %: down for women, men unchanged.
        assertThat(judge("Öka", null, ReportingPeriod.DA04, new OutcomeValues(null, new BigDecimal("7"), new BigDecimal("17")),
                new OutcomeValues(null, new BigDecimal("28"), new BigDecimal("17")))).isEqualTo(Fulfilment.NOT_MET);
        // Women and men against a total only: nothing to compare.
        assertThat(judge("Öka", null, ReportingPeriod.DA04, new OutcomeValues(null, new BigDecimal("203"), new BigDecimal("135")),
                total("315"))).isEqualTo(Fulfilment.NOT_ASSESSABLE);
    }

    @Test
    void aRelativeChangeNeedsTheWholeChange() {
        // "Andel vårdskador": 2021: 37 %, target "Minska 5 %" → at most 35.15.
        assertThat(judge("Minska 5 %", null, ReportingPeriod.AR, total("35"), total("37"))).isEqualTo(Fulfilment.MET);
        assertThat(judge("Minska 5 %", null, ReportingPeriod.AR, total("36"), total("37"))).isEqualTo(Fulfilment.PARTLY_MET);
        assertThat(judge("Minska 5 %", null, ReportingPeriod.AR, total("38"), total("37"))).isEqualTo(Fulfilment.NOT_MET);
        assertThat(judge("Öka med 20%", null, ReportingPeriod.AR, total("60"), total("50"))).isEqualTo(Fulfilment.MET);
    }

    @Test
    void aPerGenderTargetIsJudgedForWomenAndMen() {
        // "Oplanerade återinskrivningar": 2021: K 16% M 18%, target 2023 "K 16,0 M 17,2" (lower is better).
        OutcomeValues both = new OutcomeValues(null, new BigDecimal("15.8"), new BigDecimal("17.0"));
        OutcomeValues one = new OutcomeValues(null, new BigDecimal("15.8"), new BigDecimal("17.9"));
        assertThat(judge("K 16,0 M 17,2", GoodDirection.LOWER_IS_BETTER, ReportingPeriod.AR, both, null)).isEqualTo(Fulfilment.MET);
        assertThat(judge("K 16,0 M 17,2", GoodDirection.LOWER_IS_BETTER, ReportingPeriod.AR, one, null)).isEqualTo(Fulfilment.PARTLY_MET);
        assertThat(judge("K 16,0 M 17,2", GoodDirection.LOWER_IS_BETTER, ReportingPeriod.AR, total("17"), null)).isEqualTo(Fulfilment.NOT_ASSESSABLE);
    }

    @Test
    void aTargetVersusPeersNeedsTheirValue() {
        StatedValue target = StatedValue.parse("I nivå med riket");
        assertThat(Evaluation.judge(target, null, ReportingPeriod.AR, total("101"), null, null).fulfilment())
                .isEqualTo(Fulfilment.NOT_ASSESSABLE);
        assertThat(Evaluation.judge(target, null, ReportingPeriod.AR, total("101"), null, new BigDecimal("100")).fulfilment())
                .isEqualTo(Fulfilment.MET);
    }

    @Test
    void noTargetMeansNotAssessableAndTheRuleIsNamed() {
        Judgement judgement = Evaluation.judge(StatedValue.parse("Under utredning"), null, ReportingPeriod.AR, total("1"), null, null);
        assertThat(judgement.fulfilment()).isEqualTo(Fulfilment.NOT_ASSESSABLE);
        assertThat(judgement.rule()).isEqualTo("no-target@4");
        assertThat(Evaluation.judge(StatedValue.parse("95 %"), GoodDirection.HIGHER_IS_BETTER, ReportingPeriod.AR, total("96"), null, null).rule())
                .isEqualTo("exact@4");
    }

    @Test
    void aBaselineOfPartsOrOfQuestionedFiguresGivesNoFigureToMoveFromSoRuleFourJudgesAsBefore() {
        // Seed 000's baselines that were kept unread and are now read into parts: none names the one figure an
        // outcome moves from, so a direction ("Behålla") still needs an earlier outcome, as it did.
        for (String baseline : new String[] {"2021: 1 064 430 st 2018: 36 721 005 st", "2021: 458 kr Prognos 2021 aug 274 kr",
                "2021: Fall: 60 % 50% Trycksår: 67 %, 53%", "19600 tom T2 2021, prognos 35 000 2021(Totaltstartade möten 2021=28459)",
                "78?", "Årsprognos aug 2021: ?%"}) {
            assertThat(Evaluation.baselineFigure(StatedValue.parse(baseline))).as(baseline).isEmpty();
        }
        Judgement kept = Evaluation.judge(StatedValue.parse("Behålla"), null, ReportingPeriod.AR, total("1064430"),
                Evaluation.baselineFigure(StatedValue.parse("2021: 1 064 430 st 2018: 36 721 005 st")).orElse(null), null);
        assertThat(kept.fulfilment()).isEqualTo(Fulfilment.NOT_ASSESSABLE);
        assertThat(kept.rule()).isEqualTo("direction@4");
        // Read as a target, such a text still allows no judgement.
        assertThat(Evaluation.judge(StatedValue.parse("78?"), GoodDirection.HIGHER_IS_BETTER, ReportingPeriod.AR, total("80"),
                null, null).rule()).isEqualTo("no-target@4");
    }

    @Test
    void theTrendFollowsTheGoodDirection() {
        assertThat(Evaluation.trend(StatedValue.parse("Minska"), null, total("30"), total("32"))).isEqualTo(Trend.IMPROVING);
        assertThat(Evaluation.trend(StatedValue.parse("Öka"), null, total("30"), total("32"))).isEqualTo(Trend.WORSENING);
        assertThat(Evaluation.trend(StatedValue.parse("Öka"), null, total("32"), total("32"))).isEqualTo(Trend.UNCHANGED);
        assertThat(Evaluation.trend(StatedValue.parse("Öka"), null, total("32"), null)).isEqualTo(Trend.UNKNOWN);
    }

    @Test
    void anExactTargetIsJudgedInTheStatedDirectionAndNeverByAssumption() {
        // Division Länssjukvård 1, "utskrivningsklara >1 dygn": 19,3 % against a target of 7 %, a ceiling.
        assertThat(judge("7 %", GoodDirection.LOWER_IS_BETTER, ReportingPeriod.DA04, total("19.3"), null))
                .isEqualTo(Fulfilment.NOT_MET);
        assertThat(judge("7 %", GoodDirection.LOWER_IS_BETTER, ReportingPeriod.DA04, total("6.5"), null))
                .isEqualTo(Fulfilment.MET);
        Judgement unstated = Evaluation.judge(StatedValue.parse("7 %"), null, ReportingPeriod.DA04, total("19.3"), null, null);
        assertThat(unstated.fulfilment()).isEqualTo(Fulfilment.NOT_ASSESSABLE);
        assertThat(unstated.explanation()).contains("good direction");
        assertThat(judge("högst 7 %", null, ReportingPeriod.DA04, total("19.3"), null)).isEqualTo(Fulfilment.NOT_MET);
    }

    @Test
    void aSignOrAWordBeforeTheFigureStatesTheGoodDirectionWithoutTheIndicatorsOwn() {
        // "utskrivningsklara >1 dygn", 19,3 % per April 2022, with its target of 7 % written as a bound.
        assertThat(judge("< 7 %", null, ReportingPeriod.DA04, total("19.3"), null)).isEqualTo(Fulfilment.NOT_MET);
        assertThat(judge("< 7 %", null, ReportingPeriod.DA04, total("6.5"), null)).isEqualTo(Fulfilment.MET);
        assertThat(judge("< 7 %", null, ReportingPeriod.DA04, total("7"), null)).as("below 7 leaves 7 out")
                .isNotEqualTo(Fulfilment.MET);
        assertThat(judge("max 7 %", null, ReportingPeriod.DA04, total("7"), null)).as("at most 7 takes 7 in")
                .isEqualTo(Fulfilment.MET);
        assertThat(judge("max 7 %", null, ReportingPeriod.DA04, total("19.3"), null)).isEqualTo(Fulfilment.NOT_MET);
        // "Andel utskrivna patienter ... läkemedelsberättelse" against 70 %, and a share above 90 %.
        assertThat(judge("minst 70 %", null, ReportingPeriod.DA04, total("78"), null)).isEqualTo(Fulfilment.MET);
        assertThat(judge("minst 70 %", null, ReportingPeriod.DA04, total("40"), null)).isEqualTo(Fulfilment.NOT_MET);
        assertThat(judge("> 90 %", null, ReportingPeriod.DA04, total("91.4"), null)).isEqualTo(Fulfilment.MET);
        assertThat(judge("> 90 %", null, ReportingPeriod.DA04, total("90"), null)).isEqualTo(Fulfilment.PARTLY_MET);
        // The sign outweighs an indicator's own direction that says otherwise: the target's words are the plan's.
        assertThat(judge("< 7 %", GoodDirection.HIGHER_IS_BETTER, ReportingPeriod.DA04, total("19.3"), null))
                .isEqualTo(Fulfilment.NOT_MET);
        assertThat(GoodDirection.statedBy(StatedValue.parse("< 7 %"))).contains(GoodDirection.LOWER_IS_BETTER);
        assertThat(GoodDirection.statedBy(StatedValue.parse("max 7 %"))).contains(GoodDirection.LOWER_IS_BETTER);
        assertThat(GoodDirection.statedBy(StatedValue.parse("> 90 %"))).contains(GoodDirection.HIGHER_IS_BETTER);
        assertThat(GoodDirection.statedBy(StatedValue.parse("minst 70 %"))).contains(GoodDirection.HIGHER_IS_BETTER);
    }

    @Test
    void aFigureToBeOnIsMetOnlyThereAndPartlyClose() {
        assertThat(judge("80 %", GoodDirection.ON_TARGET, ReportingPeriod.AR, total("80"), null)).isEqualTo(Fulfilment.MET);
        assertThat(judge("80 %", GoodDirection.ON_TARGET, ReportingPeriod.AR, total("85"), null)).isEqualTo(Fulfilment.PARTLY_MET);
        assertThat(judge("80 %", GoodDirection.ON_TARGET, ReportingPeriod.AR, total("95"), null)).isEqualTo(Fulfilment.NOT_MET);
    }
}
