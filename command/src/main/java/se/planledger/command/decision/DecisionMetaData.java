package se.planledger.command.decision;

import org.axonframework.messaging.MetaData;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.decision.MetaDataKeys;

/**
 * The decision an event belongs to, as event metadata, so a reader of the raw event store sees body, reference
 * and effective date without knowing each payload's shape.
 */
public final class DecisionMetaData {

    private DecisionMetaData() {
    }

    public static MetaData of(Decision decision) {
        MetaData metaData = MetaData.with(MetaDataKeys.DECISION_BODY, decision.body().name())
                .and(MetaDataKeys.EFFECTIVE_DATE, decision.effectiveDate().toString());
        if (decision.reference() != null) {
            metaData = metaData.and(MetaDataKeys.DECISION_REFERENCE, decision.reference());
        }
        return decision.decisionDate() == null ? metaData : metaData.and(MetaDataKeys.DECISION_DATE, decision.decisionDate().toString());
    }
}
