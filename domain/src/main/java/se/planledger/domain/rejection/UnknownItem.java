package se.planledger.domain.rejection;

/** The command or query names something the ledger does not hold. */
public class UnknownItem extends Rejection {
    public UnknownItem(String field, String reason) {
        super(field, reason);
    }
}
