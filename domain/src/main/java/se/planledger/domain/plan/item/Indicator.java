package se.planledger.domain.plan.item;

import com.fasterxml.jackson.annotation.JsonIgnore;
import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.target.StatedValue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A targeted indicator (styrmått): baseline and targets per year as stated, parsed and original text alike.
 * {@code genderSplit} says whether outcomes are reported for women and men. {@code goodDirection} is stated where
 * the target text does not say which way is better (null in items recorded before it existed, and where the
 * targets say it).
 */
public record Indicator(String name, String unit, String source, List<ReportingPeriod> periods,
                        StatedValue baseline, Map<Integer, StatedValue> targets, boolean genderSplit, String note,
                        GoodDirection goodDirection)
        implements ItemContent {

    public Indicator {
        periods = periods == null ? List.of() : List.copyOf(periods);
        targets = targets == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(targets));
    }

    /**
     * The target an outcome of the year is judged against: the year's own, or, between stated years, the next one
     * stated (a plan for 2023–2025 stating 2023 and 2025 aims at 2025's in 2024). None after the last stated year.
     */
    public Optional<StatedValue> targetFor(int year) {
        return targets.entrySet().stream()
                .filter(target -> target.getKey() >= year)
                .findFirst()
                .map(Map.Entry::getValue);
    }

    /** Which way is better: as stated, else as the first target that says it; empty when neither does. */
    @JsonIgnore
    public Optional<GoodDirection> direction() {
        if (goodDirection != null) {
            return Optional.of(goodDirection);
        }
        return targets.values().stream().map(GoodDirection::statedBy).flatMap(Optional::stream).findFirst();
    }

    /** The first target whose words say another direction than the one stated, if any. */
    @JsonIgnore
    public Optional<StatedValue> targetContradicting() {
        return goodDirection == null ? Optional.empty() : targets.values().stream()
                .filter(t -> GoodDirection.statedBy(t).filter(d -> d != goodDirection).isPresent())
                .findFirst();
    }

    @Override
    public ItemKind itemKind() {
        return ItemKind.INDICATOR;
    }
}
