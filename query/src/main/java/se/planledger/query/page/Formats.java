package se.planledger.query.page;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;
import se.planledger.domain.money.SwedishNumber;
import se.planledger.query.time.TimePoints;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The one way pages write figures and times: "9 279,8", "2023-03-01", "2023-05-15 14:00" (Swedish time). */
@Component
public class Formats {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TimePoints.SWEDEN);

    /** A figure with the decimals it was stated with (88,0 stays 88,0); empty for none. */
    public String number(BigDecimal value) {
        return value == null ? "" : SwedishNumber.format(value, Math.max(0, value.scale()));
    }

    /** A figure at a table's precision. */
    public String number(BigDecimal value, int decimals) {
        return value == null ? "" : SwedishNumber.format(value, decimals);
    }

    public String count(long value) {
        return SwedishNumber.format(BigDecimal.valueOf(value), 0);
    }

    /** A changed field's value as text: a string as it is, nothing as a dash, anything else as JSON. */
    public String value(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "–";
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** A stated text as it is, nothing (or blank) as a dash. */
    public String text(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String moment(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }
}
