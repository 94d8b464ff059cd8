package se.planledger.query.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Read models keep an event's structured parts (item contents, table figures, risk texts, control points) as JSON
 * text columns, written and read with the application's ObjectMapper so they read back exactly as the API shows
 * them. The one place such a column is written or read.
 */
@Component
public class JsonColumn {

    private final ObjectMapper json;

    public JsonColumn(ObjectMapper json) {
        this.json = json;
    }

    /** A column's JSON as the typed value it was written from. */
    public <T> T read(String text, Class<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " is not readable JSON", e);
        }
    }

    /** A column's JSON as the typed value (a list of points, say) it was written from. */
    public <T> T read(String text, TypeReference<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getType().getTypeName() + " is not readable JSON", e);
        }
    }

    /** A column's JSON as a tree, for answers that show it as stored and for field-by-field differences. */
    public JsonNode tree(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored JSON column is not readable JSON", e);
        }
    }

    /** A value as the tree it is written as, for field-by-field differences between versions. */
    public JsonNode treeOf(Object value) {
        return json.valueToTree(value);
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(value.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }
}
