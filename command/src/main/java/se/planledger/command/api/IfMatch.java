package se.planledger.command.api;

import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.RevisionRequired;

/**
 * The one rule for every write that revises what exists (an item, its retirement, a framework table, by body or by
 * file): it must name the revision its writer read, the ETag, as If-Match ("3", "\"3\"" or W/"3"). Without it the
 * write is refused (428), so a change made since is never overwritten unseen; a stale one is refused by the
 * aggregate. {@code *} says, knowingly, "whatever it is now".
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    /** The revision the writer read; null for {@code *}; refused when the header is missing or unreadable. */
    public static Long revision(String header) {
        if (header == null || header.isBlank()) {
            throw new RevisionRequired(HEADER, "a revision must name the revision it changes: read it first and send "
                    + "its ETag as If-Match (e.g. If-Match: \"3\"), or If-Match: * to change whatever is there now");
        }
        if (header.trim().equals("*")) {
            return null;
        }
        String tag = header.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInput(HEADER, "expected the ETag of a read, e.g. \"3\"; got " + header);
        }
    }
}
