package se.planledger.domain.target;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A baseline or target as the plan states it: the original text, always kept, the year it refers to when the text
 * names one ("2021 K: 2403 M: 2515"), and the form read from it. Text that cannot be read is kept with the form
 * {@link ValueForm.Unparsed}: never an exception, never lost.
 */
public record StatedValue(String text, Integer year, ValueForm form) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public StatedValue {
        text = text == null ? "" : text;
    }

    /** Reads a baseline or target as written; requests may send just the text. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StatedValue parse(String text) {
        return StatedValueReader.read(text == null ? "" : text);
    }

    /** Whether fulfilment can be judged against this value from its form alone. */
    @JsonIgnore
    public boolean isAssessable() {
        return form instanceof ValueForm.Exact || form instanceof ValueForm.ByMonth
                || form instanceof ValueForm.Direction || form instanceof ValueForm.RelativeChange
                || form instanceof ValueForm.PerGender || form instanceof ValueForm.PerTertial
                || form instanceof ValueForm.PerReport;
    }
}
