package se.planledger.command.decision;

import org.axonframework.messaging.MetaData;
import se.planledger.domain.decision.Decision;

/**
 * The decision an event belongs to, as event metadata, so a reader of the raw event store sees body, reference
 * and effective date without knowing each payload's shape.
 */
public final class DecisionMetaData {

    public static final String BODY = "decisionBody";
    public static final String REFERENCE = "decisionReference";
    public static final String DECISION_DATE = "decisionDate";
    public static final String EFFECTIVE_DATE = "effectiveDate";

    private DecisionMetaData() {
    }

    public static MetaData of(Decision decision) {
        MetaData metaData = MetaData.with(BODY, decision.body().name())
                .and(REFERENCE, decision.reference())
                .and(EFFECTIVE_DATE, decision.effectiveDate().toString());
        return decision.decisionDate() == null ? metaData : metaData.and(DECISION_DATE, decision.decisionDate().toString());
    }
}
