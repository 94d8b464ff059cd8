package se.planledger.domain.plan.item;

import se.planledger.domain.plan.ReportingPeriod;
import se.planledger.domain.target.StatedValue;

import java.util.List;

/** The regional director's control measure (kontrollmått): followed like an indicator, but without a target. */
public record ControlMeasure(String name, String unit, String source, List<ReportingPeriod> periods,
                             StatedValue baseline, boolean genderSplit)
        implements ItemContent {

    public ControlMeasure {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    @Override
    public ItemKind itemKind() {
        return ItemKind.CONTROL_MEASURE;
    }
}
