package se.planledger.query.plan;

import se.planledger.domain.plan.item.Activity;
import se.planledger.domain.plan.item.ControlMeasure;
import se.planledger.domain.plan.item.Indicator;
import se.planledger.domain.plan.item.ItemContent;
import se.planledger.domain.plan.item.StrategicGoal;
import se.planledger.domain.plan.item.SuccessFactor;
import se.planledger.domain.target.StatedValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One item as it stood: its revision (the ETag), the plan version that made it, from when it is in force
 * ({@code validFrom}, empty for a draft), who recorded it and when, its content and the items under it. The methods
 * read what a page or an export shows of any kind of item; they are not part of the item's JSON.
 */
public record PlanItemView(String itemId, String kind, String parentId, long revision, int planVersion,
                           LocalDate validFrom, Instant recordedAt, String recordedBy, boolean retired,
                           String retiredFor, ItemContent content, List<PlanItemView> children) {

    /** The item's name, whatever its kind. */
    public String name() {
        return content.name();
    }

    /** The baseline as stated, for an indicator or a control measure; else none. */
    public String baseline() {
        StatedValue baseline = content instanceof Indicator indicator ? indicator.baseline()
                : content instanceof ControlMeasure measure ? measure.baseline() : null;
        return baseline == null ? null : baseline.text();
    }

    /** An indicator's targets as stated, by year; none for other kinds. */
    public Map<Integer, String> targets() {
        Map<Integer, String> targets = new TreeMap<>();
        if (content instanceof Indicator indicator) {
            indicator.targets().forEach((year, target) -> targets.put(year, target.text()));
        }
        return targets;
    }

    /** Where an indicator's or control measure's figures come from. */
    public String source() {
        return content instanceof Indicator indicator ? indicator.source()
                : content instanceof ControlMeasure measure ? measure.source() : null;
    }

    /** A goal's, success factor's or activity's description. */
    public String description() {
        return content instanceof StrategicGoal goal ? goal.description()
                : content instanceof SuccessFactor factor ? factor.description()
                : content instanceof Activity activity ? activity.description() : null;
    }
}
