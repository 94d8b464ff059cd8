package se.planledger.query.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Read models keep an event's structured parts (item contents, table figures, risk texts, control points) as JSON
 * text columns, written with the application's ObjectMapper so they read back exactly as the API shows them.
 */
@Component
public class JsonColumn {

    private final ObjectMapper json;

    public JsonColumn(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(value.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }
}
