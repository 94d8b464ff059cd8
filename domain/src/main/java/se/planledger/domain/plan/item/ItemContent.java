package se.planledger.domain.plan.item;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What an item of the plan says; one record per kind. The stored JSON names the kind. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = StrategicGoal.class, name = "STRATEGIC_GOAL"),
        @JsonSubTypes.Type(value = SuccessFactor.class, name = "SUCCESS_FACTOR"),
        @JsonSubTypes.Type(value = Indicator.class, name = "INDICATOR"),
        @JsonSubTypes.Type(value = ControlMeasure.class, name = "CONTROL_MEASURE"),
        @JsonSubTypes.Type(value = Activity.class, name = "ACTIVITY"),
        @JsonSubTypes.Type(value = Assignment.class, name = "ASSIGNMENT"),
        @JsonSubTypes.Type(value = Strategy.class, name = "STRATEGY")
})
public sealed interface ItemContent
        permits StrategicGoal, SuccessFactor, Indicator, ControlMeasure, Activity, Assignment, Strategy {

    String name();

    @JsonIgnore
    ItemKind itemKind();
}
