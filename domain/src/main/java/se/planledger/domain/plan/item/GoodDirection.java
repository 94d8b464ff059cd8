package se.planledger.domain.plan.item;

import se.planledger.domain.target.StatedValue;
import se.planledger.domain.target.ValueForm;

import java.util.Optional;

/**
 * Which way an indicator gets better. An exact target does not say it by itself: "7 %" of patients waiting over a
 * day is a ceiling, "95 %" reached the same day a floor. The target text says it where it reads "Öka" or "Minska",
 * "minst" or "högst"/"max"/"<"; otherwise the indicator states it.
 */
public enum GoodDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    /** Best at the target itself ("Behålla", "I nivå med riket"). */
    ON_TARGET;

    /** The direction a stated target gives by its own words, if any. */
    public static Optional<GoodDirection> statedBy(StatedValue target) {
        ValueForm form = target == null ? null : target.form();
        if (form instanceof ValueForm.Direction direction) {
            return Optional.of(of(direction.trend()));
        }
        if (form instanceof ValueForm.RelativeChange change) {
            return Optional.of(of(change.trend()));
        }
        if (form instanceof ValueForm.Exact exact && exact.comparison() != ValueForm.Comparison.EQUAL) {
            return Optional.of(exact.comparison().higherIsBetter() ? HIGHER_IS_BETTER : LOWER_IS_BETTER);
        }
        if (form instanceof ValueForm.VersusPeers peers && peers.comparison() == ValueForm.PeerComparison.LEVEL_WITH_NATION) {
            return Optional.of(ON_TARGET);
        }
        return Optional.empty();
    }

    private static GoodDirection of(ValueForm.Trend trend) {
        return switch (trend) {
            case INCREASE -> HIGHER_IS_BETTER;
            case DECREASE -> LOWER_IS_BETTER;
            case MAINTAIN -> ON_TARGET;
        };
    }
}
