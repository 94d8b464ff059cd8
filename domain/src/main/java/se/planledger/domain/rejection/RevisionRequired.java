package se.planledger.domain.rejection;

/**
 * A revision of something that exists came without the revision the writer read (no If-Match): refused, so that no
 * writer overwrites a change it has not seen without saying so.
 */
public class RevisionRequired extends Rejection {

    public RevisionRequired(String field, String reason) {
        super(field, reason);
    }
}
