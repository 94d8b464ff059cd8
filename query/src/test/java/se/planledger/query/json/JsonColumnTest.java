package se.planledger.query.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import se.planledger.domain.plan.item.SuccessFactor;

import static org.assertj.core.api.Assertions.assertThat;

/** Values kept by their text: read again they are the value decoded before, and a changed text is decoded anew. */
class JsonColumnTest {

    private final JsonColumn json = new JsonColumn(new ObjectMapper().findAndRegisterModules());

    @Test
    void aTextReadBeforeIsAnsweredWithTheValueItDecodedToAndAChangedTextAnew() {
        String stored = json.write(new SuccessFactor("Attraktiva livsmiljöer finns i hela Norrbotten", null));
        SuccessFactor first = json.readKept(stored, SuccessFactor.class);

        assertThat(json.readKept(stored, SuccessFactor.class)).isSameAs(first);
        String altered = stored.replace("hela Norrbotten", "halva Norrbotten");
        assertThat(json.readKept(altered, SuccessFactor.class).name())
                .isEqualTo("Attraktiva livsmiljöer finns i halva Norrbotten");
        assertThat(json.readKept(null, SuccessFactor.class)).isNull();
    }
}
