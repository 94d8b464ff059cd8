package se.planledger.query.page;

import org.junit.jupiter.api.Test;
import se.planledger.query.time.TimePoints;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Links carry the page's time points on; the banner shows only for a past knownAt; figures read in Swedish. */
class PageTimeTest {

    private static final Instant NOW = Instant.parse("2023-06-01T10:00:00Z");

    @Test
    void linksCarryTheGivenTimePointsAndTheirOwnParametersEncoded() {
        PageTime time = time("2023-03-01", "2023-05-15T14:00", Map.of());

        assertThat(time.link("/plans/lsv1-plan-2022/interim-report", "unit", "Division Länssjukvård 1", "period", "DÅ04",
                "subtree", null)).isEqualTo("/plans/lsv1-plan-2022/interim-report?unit=Division%20L%C3%A4nssjukv%C3%A5rd%201"
                + "&period=D%C3%8504&asOf=2023-03-01&knownAt=2023-05-15T14:00");
        assertThat(time(null, " ", Map.of()).link("/")).as("defaults are left out of the URL").isEqualTo("/");
    }

    @Test
    void aLinkAtOtherTimePointsCarriesThoseInsteadOfThePagesOwn() {
        PageTime time = time("2023-03-01", "2023-05-15T14:00", Map.of());

        assertThat(time.linkAt("/framework-tables/ram", LocalDate.of(2023, 4, 1), Instant.parse("2023-03-10T08:00:00Z"),
                "row", "Vårdval primärvård")).isEqualTo("/framework-tables/ram?row=V%C3%A5rdval%20prim%C3%A4rv%C3%A5rd"
                + "&asOf=2023-04-01&knownAt=2023-03-10T08:00:00Z");
        assertThat(time.linkAt("/framework-tables/ram", LocalDate.of(2023, 4, 1), null))
                .as("no knownAt: as known now, not as this page").isEqualTo("/framework-tables/ram?asOf=2023-04-01");
    }

    @Test
    void onlyAKnownAtGivenAndBeforeNowShowsThePast() {
        assertThat(time("2023-03-01", "2023-05-15", Map.of()).past()).isTrue();
        assertThat(time("2023-03-01", null, Map.of()).past()).as("asOf alone").isFalse();
        assertThat(time(null, "2023-07-01", Map.of()).past()).as("a knownAt after now").isFalse();
    }

    @Test
    void theLinkToThePresentKeepsThePagesParametersAndAsOfButNotKnownAt() {
        Map<String, String> others = new LinkedHashMap<>();
        others.put("board", "RS");
        others.put("perspective", "Samhälle");

        assertThat(time("2023-03-01", "2023-05-15", others).nowLink())
                .isEqualTo("/risks/matrix?board=RS&perspective=Samh%C3%A4lle&asOf=2023-03-01");
    }

    @Test
    void figuresAndTimesReadAsSwedishDocumentsWriteThem() {
        Formats formats = new Formats();

        assertThat(formats.number(new BigDecimal("9279.8"))).isEqualTo("9 279,8");
        assertThat(formats.number(new BigDecimal("88.0"))).as("stated precision kept").isEqualTo("88,0");
        assertThat(formats.number(new BigDecimal("7040"))).isEqualTo("7 040");
        assertThat(formats.number(new BigDecimal("-15"), 1)).isEqualTo("-15,0");
        assertThat(formats.number(null)).isEmpty();
        assertThat(formats.date(LocalDate.of(2023, 3, 1))).isEqualTo("2023-03-01");
        assertThat(formats.moment(Instant.parse("2023-05-15T12:00:00Z"))).as("Swedish summer time").isEqualTo("2023-05-15 14:00");
    }

    private static PageTime time(String asOf, String knownAt, Map<String, String> others) {
        TimePoints timePoints = new TimePoints(Clock.fixed(NOW, ZoneOffset.UTC));
        return PageTime.of(asOf, knownAt, timePoints.parse(asOf, knownAt), NOW, "/risks/matrix", others);
    }
}
