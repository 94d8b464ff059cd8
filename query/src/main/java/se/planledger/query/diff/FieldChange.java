package se.planledger.query.diff;

import com.fasterxml.jackson.databind.JsonNode;

/** One field that differs between two states: its path (e.g. "targets.2023.text") and both values. */
public record FieldChange(String path, JsonNode before, JsonNode after) {
}
