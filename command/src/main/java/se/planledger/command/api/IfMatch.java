package se.planledger.command.api;

import se.planledger.domain.rejection.InvalidInput;

/** Reads the item version a writer last saw from an If-Match header ("3", "\"3\"" or W/"3"). */
public final class IfMatch {

    private IfMatch() {
    }

    public static Long revision(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String tag = header.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "expected the ETag of a read, e.g. \"3\"; got " + header);
        }
    }
}
