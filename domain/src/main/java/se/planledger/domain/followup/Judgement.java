package se.planledger.domain.followup;

/**
 * How an outcome was judged against its target, by which rule (name@version, stored with the judgement so a later
 * change of rules never rewrites an old report) and why.
 */
public record Judgement(Fulfilment fulfilment, String rule, String explanation) {
}
