package se.planledger.domain.rejection;

/** The command would start something under an id the ledger already holds (a plan, a table, a register). */
public class AlreadyExists extends Rejection {
    public AlreadyExists(String field, String reason) {
        super(field, reason);
    }
}
