package se.planledger.query.page;

import org.springframework.web.util.UriComponentsBuilder;
import se.planledger.domain.time.TimePoint;
import se.planledger.query.time.TimePointResolver;

import java.time.Instant;
import java.util.Map;

/**
 * The page's two time points as the URL gives them ({@code asOf}, {@code knownAt}; blank for the defaults) and as
 * resolved, so every link and export carries them on and a bookmarked page shows the same again.
 * {@code otherParameters} are the page's own (year, filters), kept by the time form; {@code past} when the page
 * shows what was known at a moment before now.
 */
public record PageTime(String asOf, String knownAt, TimePoint at, boolean past, String path,
                       Map<String, String> otherParameters) {

    static PageTime of(String asOf, String knownAt, TimePoint at, Instant now, String path, Map<String, String> others) {
        boolean given = knownAt != null && !knownAt.isBlank();
        return new PageTime(given(asOf), given(knownAt), at, given && at.knownAt().isBefore(now), path, others);
    }

    /**
     * The link to {@code path} with the page's own parameters (name, value, name, value…; a null value leaves its
     * name out) at this page's time points.
     */
    public String link(String path, Object... parameters) {
        return linkAt(path, asOf, knownAt, parameters);
    }

    /**
     * The link to {@code path} at other time points than this page's (a table as of one of its revisions, one side
     * of a diff); a null time point is left out, meaning its default.
     */
    public String linkAt(String path, Object otherAsOf, Object otherKnownAt, Object... parameters) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            if (parameters[i + 1] != null) {
                uri.queryParam(String.valueOf(parameters[i]), parameters[i + 1]);
            }
        }
        if (otherAsOf != null) {
            uri.queryParam(TimePointResolver.AS_OF, otherAsOf);
        }
        if (otherKnownAt != null) {
            uri.queryParam(TimePointResolver.KNOWN_AT, otherKnownAt);
        }
        return uri.encode().build().toUriString();
    }

    /** This page with the same parameters but as known now. */
    public String nowLink() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(path);
        otherParameters.forEach(uri::queryParam);
        if (asOf != null) {
            uri.queryParam(TimePointResolver.AS_OF, asOf);
        }
        return uri.encode().build().toUriString();
    }

    private static String given(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
