package se.planledger.domain.followup;

import org.junit.jupiter.api.Test;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.target.StatedValue;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Every target form of the plans, each direction, judged with the seed's own targets. */
class EvaluationTest {

    static OutcomeValues total(String value) {
        return new OutcomeValues(new BigDecimal(value), null, null);
    }

    static Fulfilment judge(String target, String baseline, ReportingPeriod period, OutcomeValues outcome, OutcomeValues reference) {
        return Evaluation.judge(StatedValue.parse(target), StatedValue.parse(baseline), period, outcome, reference, null).fulfilment();
    }

    @Test
    void anExactShareIsMetWhenReached() {
        assertThat(judge("95 %", "2021: T1 81,5% T2 82,6% T3 79,8%", ReportingPeriod.DA04, total("96"), null)).isEqualTo(Fulfilment.MET);
        assertThat(judge("95 %", "2021: T1 81,5% T2 82,6% T3 79,8%", ReportingPeriod.DA04, total("86"), null)).isEqualTo(Fulfilment.PARTLY_MET);
        assertThat(judge("95 %", "2021: T1 81,5% T2 82,6% T3 79,8%", ReportingPeriod.DA04, total("80"), null)).isEqualTo(Fulfilment.NOT_MET);
    }

    @Test
    void anExactTargetWithOutcomesForWomenAndMenOnlyJudgesBoth() {
        // Seed 001: "Andel utskrivna patienter ... läkemedelsberättelse", target 70 %, outcome M: 76 %, K: 78 %.
        OutcomeValues genders = new OutcomeValues(null, new BigDecimal("78"), new BigDecimal("76"));
        assertThat(judge("70 %", "", ReportingPeriod.DA04, genders, null)).isEqualTo(Fulfilment.MET);
        OutcomeValues oneShort = new OutcomeValues(null, new BigDecimal("78"), new BigDecimal("50"));
        assertThat(judge("70 %", "", ReportingPeriod.DA04, oneShort, null)).isEqualTo(Fulfilment.PARTLY_MET);
    }

    @Test
    void anExactTargetBelowTheBaselineMeansLowerIsBetter() {
        // "Skillnad i regionens läkemedelskostnad": 2021: 458 kr, target 350 kr.
        assertThat(judge("350 kr", "2021: 458 kr", ReportingPeriod.AR, total("340"), null)).isEqualTo(Fulfilment.MET);
        assertThat(judge("350 kr", "2021: 458 kr", ReportingPeriod.AR, total("380"), null)).isEqualTo(Fulfilment.PARTLY_MET);
        assertThat(judge("350 kr", "2021: 458 kr", ReportingPeriod.AR, total("450"), null)).isEqualTo(Fulfilment.NOT_MET);
    }

    @Test
    void aTargetByDecemberIsJudgedInTheAnnualReport() {
        assertThat(judge("100 % i dec", "2021: T1 K 42%, M 45% T2 K 42% M 43% T3 K 43% M 46%", ReportingPeriod.DA08,
                total("70"), null)).isEqualTo(Fulfilment.NOT_ASSESSABLE);
        assertThat(judge("100 % i dec", "", ReportingPeriod.AR, total("100"), null)).isEqualTo(Fulfilment.MET);
    }

    @Test
    void aDirectionIsJudgedAgainstThePreviousValue() {
        assertThat(judge("Öka", "2021 K: 2403 M: 2515", ReportingPeriod.DA08, total("5100"), total("4918"))).isEqualTo(Fulfilment.MET);
        assertThat(judge("Öka", "", ReportingPeriod.DA08, total("4900"), total("4918"))).isEqualTo(Fulfilment.NOT_MET);
        assertThat(judge("Minska", "", ReportingPeriod.DA08, total("30000"), total("31944"))).isEqualTo(Fulfilment.MET);
        assertThat(judge("Minska", "", ReportingPeriod.DA08, total("31944"), total("31944"))).isEqualTo(Fulfilment.PARTLY_MET);
        assertThat(judge("Behålla", "", ReportingPeriod.AR, total("1064430"), total("1064430"))).isEqualTo(Fulfilment.MET);
        assertThat(judge("Öka", "", ReportingPeriod.AR, total("10"), null)).isEqualTo(Fulfilment.NOT_ASSESSABLE);
    }

    @Test
    void aRelativeChangeNeedsTheWholeChange() {
        // "Andel vårdskador": 2021: 37 %, target "Minska 5 %" → at most 35.15.
        assertThat(judge("Minska 5 %", "2021: 37 %", ReportingPeriod.AR, total("35"), total("37"))).isEqualTo(Fulfilment.MET);
        assertThat(judge("Minska 5 %", "2021: 37 %", ReportingPeriod.AR, total("36"), total("37"))).isEqualTo(Fulfilment.PARTLY_MET);
        assertThat(judge("Minska 5 %", "2021: 37 %", ReportingPeriod.AR, total("38"), total("37"))).isEqualTo(Fulfilment.NOT_MET);
        assertThat(judge("Öka med 20%", "", ReportingPeriod.AR, total("60"), total("50"))).isEqualTo(Fulfilment.MET);
    }

    @Test
    void aPerGenderTargetIsJudgedForWomenAndMen() {
        // "Oplanerade återinskrivningar": 2021: K 16% M 18%, target 2023 "K 16,0 M 17,2" (lower is better).
        OutcomeValues both = new OutcomeValues(null, new BigDecimal("15.8"), new BigDecimal("17.0"));
        OutcomeValues one = new OutcomeValues(null, new BigDecimal("15.8"), new BigDecimal("17.9"));
        assertThat(judge("K 16,0 M 17,2", "2021: K 16% M 18%", ReportingPeriod.AR, both, null)).isEqualTo(Fulfilment.MET);
        assertThat(judge("K 16,0 M 17,2", "2021: K 16% M 18%", ReportingPeriod.AR, one, null)).isEqualTo(Fulfilment.PARTLY_MET);
        assertThat(judge("K 16,0 M 17,2", "2021: K 16% M 18%", ReportingPeriod.AR, total("17"), null)).isEqualTo(Fulfilment.NOT_ASSESSABLE);
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
        assertThat(judgement.rule()).isEqualTo("no-target@1");
        assertThat(Evaluation.judge(StatedValue.parse("95 %"), null, ReportingPeriod.AR, total("96"), null, null).rule())
                .isEqualTo("exact@1");
    }

    @Test
    void theTrendFollowsTheGoodDirection() {
        assertThat(Evaluation.trend(StatedValue.parse("Minska"), null, total("30"), total("32"))).isEqualTo(Trend.IMPROVING);
        assertThat(Evaluation.trend(StatedValue.parse("Öka"), null, total("30"), total("32"))).isEqualTo(Trend.WORSENING);
        assertThat(Evaluation.trend(StatedValue.parse("Öka"), null, total("32"), total("32"))).isEqualTo(Trend.UNCHANGED);
        assertThat(Evaluation.trend(StatedValue.parse("Öka"), null, total("32"), null)).isEqualTo(Trend.UNKNOWN);
    }
}
