package se.planledger.ops.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The audit's comparison of two answers, difference by difference, each named by the record it concerns: the
 * answer's key (e.g. {@code rs-plan-2023-2025/in-force-from/2023-01-01}), the innermost record it lies in (e.g.
 * {@code item G1}) and the field within that record. Records in a list are matched by their identifying fields,
 * not by their place: one changed or missing record is one difference about that record, not a shift of every
 * record after it. A list whose elements have no identity, or not one each, is compared by position.
 */
final class RecordDiff {

    /** Identifying fields, most specific first, with the word a report names the record by. */
    private static final Map<String, String> IDENTITIES = identities();
    /** What tells apart the versions of one record. */
    private static final List<String> VERSIONS = List.of("version", "revision");

    private RecordDiff() {
    }

    static List<AuditReport.Difference> between(JsonNode projection, JsonNode fromEvents) {
        List<AuditReport.Difference> found = new ArrayList<>();
        JsonNode left = orMissing(projection);
        JsonNode right = orMissing(fromEvents);
        if (left.isObject() && right.isObject()) {
            for (String key : names(left, right)) {
                walk(new Place(key, null, ""), orMissing(left.get(key)), orMissing(right.get(key)), found);
            }
        } else {
            walk(new Place(null, null, ""), left, right, found);
        }
        return found;
    }

    /** Where a value lies: the answer's key, the innermost record, and the field path within that record. */
    private record Place(String key, String record, String field) {

        Place field(String name) {
            return new Place(key, record, field.isEmpty() ? name : field + "." + name);
        }

        Place position(int index) {
            return new Place(key, record, field + "[" + index + "]");
        }

        Place record(String identity) {
            return new Place(key, identity, "");
        }
    }

    private static void walk(Place place, JsonNode left, JsonNode right, List<AuditReport.Difference> found) {
        if (left.equals(right)) {
            return;
        }
        if (left.isObject() && right.isObject()) {
            for (String name : names(left, right)) {
                walk(place.field(name), orMissing(left.get(name)), orMissing(right.get(name)), found);
            }
        } else if (left.isArray() && right.isArray()) {
            Map<String, JsonNode> leftRecords = records(left);
            Map<String, JsonNode> rightRecords = records(right);
            if (leftRecords != null && rightRecords != null) {
                Set<String> identities = new LinkedHashSet<>(leftRecords.keySet());
                identities.addAll(rightRecords.keySet());
                for (String identity : identities) {
                    walk(place.record(identity), orMissing(leftRecords.get(identity)), orMissing(rightRecords.get(identity)),
                            found);
                }
            } else {
                for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                    walk(place.position(i), orMissing(left.get(i)), orMissing(right.get(i)), found);
                }
            }
        } else {
            found.add(new AuditReport.Difference(place.key(), place.record(), place.field().isEmpty() ? null : place.field(),
                    nullIfMissing(left), nullIfMissing(right)));
        }
    }

    /**
     * The list's records by identity ("item G1", "version 2"); by identity and version ("risk R15 revision 2") where
     * the identity alone repeats; null when the records cannot be told apart either way.
     */
    private static Map<String, JsonNode> records(JsonNode list) {
        Map<String, JsonNode> records = records(list, false);
        return records != null ? records : records(list, true);
    }

    private static Map<String, JsonNode> records(JsonNode list, boolean withVersion) {
        Map<String, JsonNode> records = new LinkedHashMap<>();
        for (JsonNode element : list) {
            String identity = identity(element, withVersion);
            if (identity == null || records.put(identity, element) != null) {
                return null;
            }
        }
        return records;
    }

    private static String identity(JsonNode element, boolean withVersion) {
        if (!element.isObject()) {
            return null;
        }
        String id = IDENTITIES.entrySet().stream().filter(e -> element.path(e.getKey()).isValueNode())
                .map(e -> e.getValue() + " " + element.get(e.getKey()).asText()).findFirst().orElse(null);
        String version = VERSIONS.stream().filter(v -> element.path(v).isValueNode())
                .map(v -> v + " " + element.get(v).asText()).findFirst().orElse(null);
        if (id == null) {
            return version;
        }
        return withVersion && version != null ? id + " " + version : id;
    }

    private static Map<String, String> identities() {
        Map<String, String> identities = new LinkedHashMap<>();
        identities.put("itemId", "item");
        identities.put("goalId", "goal");
        identities.put("factorId", "factor");
        identities.put("indicatorId", "indicator");
        identities.put("riskId", "risk");
        identities.put("tableId", "table");
        identities.put("rowId", "row");
        identities.put("controlId", "control");
        identities.put("actionId", "action");
        identities.put("reportId", "report");
        identities.put("pointId", "point");
        identities.put("followUpId", "follow-up");
        identities.put("code", "perspective");
        identities.put("period", "period");
        return identities;
    }

    private static Set<String> names(JsonNode left, JsonNode right) {
        Set<String> names = new TreeSet<>();
        left.fieldNames().forEachRemaining(names::add);
        right.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode orMissing(JsonNode node) {
        return node == null ? MissingNode.getInstance() : node;
    }

    private static JsonNode nullIfMissing(JsonNode node) {
        return node.isMissingNode() ? null : node;
    }
}
