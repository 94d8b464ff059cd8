package se.planledger.query.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Read models keep an event's structured parts (item contents, table figures, risk texts, control points) as JSON
 * text columns, written and read with the application's ObjectMapper so they read back exactly as the API shows
 * them. The one place such a column is written or read.
 */
@Component
public class JsonColumn {

    /** How many decoded values {@link #readKept} keeps: the plan items of a region's plans, many times over. */
    private static final int KEPT = 20_000;

    private final ObjectMapper json;
    private final Map<String, Object> kept = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > KEPT;
        }
    });

    public JsonColumn(ObjectMapper json) {
        this.json = json;
    }

    /**
     * As {@link #read(String, Class)}, for values read over and over (every tree reads all its items' contents): a
     * text decoded before is answered with the value it decoded to, kept by the text itself, so a changed row is
     * never answered from what it held before. For values nobody changes once read (the records of the views).
     */
    public <T> T readKept(String text, Class<T> type) {
        if (text == null) {
            return null;
        }
        String key = type.getName() + ":" + text;
        Object value = kept.get(key);
        if (value == null) {
            value = read(text, type);
            kept.put(key, value);
        }
        return type.cast(value);
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
