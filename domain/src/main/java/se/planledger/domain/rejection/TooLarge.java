package se.planledger.domain.rejection;

/** The request is more than the ledger takes at once (a body too many bytes long, a file with too many rows). */
public class TooLarge extends Rejection {
    public TooLarge(String field, String reason) {
        super(field, reason);
    }
}
