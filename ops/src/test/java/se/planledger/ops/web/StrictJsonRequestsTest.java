package se.planledger.ops.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import se.planledger.domain.followup.OutcomeValues;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Request bodies are read as typed: exact figures, no guessed dates, enums, years or texts. */
class StrictJsonRequestsTest {

    record Outcome(String unit, int year, OutcomeValues values, String comment) {
    }

    private final ObjectMapper json = strictMapper();

    @Test
    void figuresAreReadExactlyWhereverTheyStandInTheBody() throws Exception {
        Outcome outcome = json.readValue("{\"values\":{\"total\":123456789012345.123456},\"unit\":\"Enhet\",\"year\":2023}",
                Outcome.class);
        assertThat(outcome.values().total()).isEqualTo(new BigDecimal("123456789012345.123456"));
        assertThat(json.readValue("{\"values\":{\"total\":\"85.5\"},\"year\":2023}", Outcome.class).values().total())
                .isEqualTo(new BigDecimal("85.5"));
    }

    @Test
    void guessesAreRefused() {
        assertThatThrownBy(() -> json.readValue("{\"year\":2023.5}", Outcome.class)).hasMessageContaining("year");
        assertThatThrownBy(() -> json.readValue("{\"year\":\"2023\"}", Outcome.class)).hasMessageContaining("year");
        assertThatThrownBy(() -> json.readValue("{\"unit\":1}", Outcome.class)).hasMessageContaining("unit");
        assertThatThrownBy(() -> json.readValue("{\"year\":2023,\"colour\":\"red\"}", Outcome.class))
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> json.readValue("{\"year\":2023,\"year\":2024}", Outcome.class))
                .hasMessageContaining("year");
    }

    private static ObjectMapper strictMapper() {
        List<HttpMessageConverter<?>> converters = new ArrayList<>(List.of(new MappingJackson2HttpMessageConverter(
                Jackson2ObjectMapperBuilder.json().build())));
        new StrictJsonRequests().extendMessageConverters(converters);
        return ((MappingJackson2HttpMessageConverter) converters.get(0)).getObjectMapper();
    }
}
