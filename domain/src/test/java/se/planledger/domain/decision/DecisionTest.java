package se.planledger.domain.decision;

import org.junit.jupiter.api.Test;
import se.planledger.domain.rejection.InvalidInput;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecisionTest {

    @Test
    void aCommandWithoutADecisionIsRefusedNamingTheDecision() {
        assertThatThrownBy(() -> Decision.required(null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("a decision is required")
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("decision");
    }

    @Test
    void aRequiredDecisionIsValidatedAsWell() {
        assertThatThrownBy(() -> Decision.required(new Decision(Body.RS, null, null, null)))
                .isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("decision.effectiveDate");
    }

    @Test
    void aDecisionWithoutReferenceOrDateIsTakenAsTranscribed() {
        Decision transcribed = new Decision(Body.RS, null, null, LocalDate.of(2018, 1, 1));
        assertThat(Decision.required(transcribed)).isSameAs(transcribed);
    }
}
