package se.planledger.domain.risk;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskScaleTest {

    @Test
    void theSeedsScaleScoresConsequenceTimesProbabilityAndCallsForMeasuresFromNine() {
        assertThat(RiskScale.SEED.score(3, 2)).isEqualTo(new RiskScore(3, 2, 6, "Kräver ingen särskild åtgärd", false, 1));
        assertThat(RiskScale.SEED.score(4, 2).needsMeasures()).isFalse();
        assertThat(RiskScale.SEED.score(3, 3)).isEqualTo(new RiskScore(3, 3, 9, "Kräver åtgärder för att minimera risken", true, 1));
        assertThat(RiskScale.SEED.score(4, 4).score()).isEqualTo(16);
    }

    @Test
    void scoresOutsideTheScaleAreRefused() {
        assertThatThrownBy(() -> RiskScale.SEED.score(5, 2)).hasMessage("consequence 5 lies outside the scale 1–4");
        assertThatThrownBy(() -> RiskScale.SEED.score(2, 0)).hasMessage("probability 0 lies outside the scale 1–4");
    }

    @Test
    void aScaleMustBandEveryScoreOnce() {
        assertThat(RiskScale.SEED.isComplete()).isTrue();
        RiskScale gap = new RiskScale(2, 5, 5, List.of(new RiskBand("Låg", 1, 9, false), new RiskBand("Hög", 12, 25, true)));
        assertThat(gap.isComplete()).isFalse();
    }
}
