package se.planledger.command.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Which aggregate a command is for, as a refusal names it: its field ("planId", "tableId") and its id. */
final class CommandTarget {

    private CommandTarget() {
    }

    static String field(Object command) {
        RecordComponent target = component(command);
        return target == null ? "id" : target.getName();
    }

    /** The id, quoted, for a sentence: {@code "rs-plan-2023-2025"}. */
    static String id(Object command) {
        RecordComponent target = component(command);
        try {
            return target == null ? "this id" : "\"" + target.getAccessor().invoke(command) + "\"";
        } catch (ReflectiveOperationException e) {
            return "this id";
        }
    }

    private static RecordComponent component(Object command) {
        if (!command.getClass().isRecord()) {
            return null;
        }
        return Arrays.stream(command.getClass().getRecordComponents())
                .filter(c -> c.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class))
                .findFirst().orElse(null);
    }
}
