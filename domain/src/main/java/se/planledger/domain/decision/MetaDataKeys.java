package se.planledger.domain.decision;

/**
 * The names of what every event carries beside its payload: who issued the command and its id, and, for a
 * decided event, the decision. The command side writes them and the read side reads them by these names.
 */
public final class MetaDataKeys {

    public static final String ISSUED_BY = "issuedBy";
    public static final String COMMAND_ID = "commandId";
    public static final String DECISION_BODY = "decisionBody";
    public static final String DECISION_REFERENCE = "decisionReference";
    public static final String DECISION_DATE = "decisionDate";
    public static final String EFFECTIVE_DATE = "effectiveDate";

    private MetaDataKeys() {
    }
}
