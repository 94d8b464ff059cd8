package se.planledger.domain.followup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Records many outcomes of one plan as one change: all of them, or (if any is refused) none. */
public record RecordOutcomes(@TargetAggregateIdentifier String planId, List<RecordOutcome> outcomes)
        implements FollowUpCommand {

    public RecordOutcomes {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
