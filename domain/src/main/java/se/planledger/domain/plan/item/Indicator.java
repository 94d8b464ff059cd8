package se.planledger.domain.plan.item;

import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.target.StatedValue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A targeted indicator (styrmått): baseline and targets per year as stated, parsed and original text alike.
 * {@code genderSplit} says whether outcomes are reported for women and men.
 */
public record Indicator(String name, String unit, String source, List<ReportingPeriod> periods,
                        StatedValue baseline, Map<Integer, StatedValue> targets, boolean genderSplit, String note)
        implements ItemContent {

    public Indicator {
        periods = periods == null ? List.of() : List.copyOf(periods);
        targets = targets == null ? Map.of() : new TreeMap<>(targets);
    }

    @Override
    public ItemKind itemKind() {
        return ItemKind.INDICATOR;
    }
}
