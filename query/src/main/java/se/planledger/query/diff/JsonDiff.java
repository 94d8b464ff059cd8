package se.planledger.query.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Field-level differences between two JSON states, leaf by leaf. Used for item histories ("what changed in this
 * revision"), for diffs between two points in time, and by the audit replay to compare answers.
 */
public final class JsonDiff {

    private JsonDiff() {
    }

    public static List<FieldChange> between(JsonNode before, JsonNode after) {
        List<FieldChange> changes = new ArrayList<>();
        walk("", orMissing(before), orMissing(after), changes);
        return changes;
    }

    private static void walk(String path, JsonNode before, JsonNode after, List<FieldChange> changes) {
        if (before.equals(after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                walk(join(path, name), orMissing(before.get(name)), orMissing(after.get(name)), changes);
            }
        } else if (before.isArray() && after.isArray()) {
            Iterator<JsonNode> left = before.elements();
            Iterator<JsonNode> right = after.elements();
            for (int i = 0; left.hasNext() || right.hasNext(); i++) {
                walk(path + "[" + i + "]", left.hasNext() ? left.next() : MissingNode.getInstance(),
                        right.hasNext() ? right.next() : MissingNode.getInstance(), changes);
            }
        } else {
            changes.add(new FieldChange(path.isEmpty() ? "$" : path, nullIfMissing(before), nullIfMissing(after)));
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static JsonNode orMissing(JsonNode node) {
        return node == null ? MissingNode.getInstance() : node;
    }

    private static JsonNode nullIfMissing(JsonNode node) {
        return node.isMissingNode() ? null : node;
    }
}
