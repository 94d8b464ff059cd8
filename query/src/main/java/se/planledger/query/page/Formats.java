package se.planledger.query.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import se.planledger.domain.money.SwedishNumber;
import se.planledger.query.export.SpreadsheetExport;
import se.planledger.query.time.TimePoints;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The one way pages write figures and times: "9 279,8", "2023-03-01", "2023-05-15 14:00" (Swedish time). */
@Component
public class Formats {

    private static final ObjectMapper JSON = new ObjectMapper();
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

    /** A stored value as text: a string as it is, nothing as a dash, anything else as JSON. */
    public String value(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "–";
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** A plan item's typed content as its fields, which the templates read alike for every kind of item. */
    public JsonNode fields(Object content) {
        return JSON.valueToTree(content);
    }

    /** A decision's reference, or that the source states none: as the exports write it. */
    public String reference(String reference) {
        return SpreadsheetExport.reference(reference);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String moment(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }
}
