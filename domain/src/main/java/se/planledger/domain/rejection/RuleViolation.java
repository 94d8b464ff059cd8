package se.planledger.domain.rejection;

import java.util.Map;

/**
 * The command is well formed but breaks a rule of the ledger in its current state, e.g. an allocation
 * larger than what the granting body has. {@code figures} carries the amounts involved.
 */
public class RuleViolation extends Rejection {

    private final String rule;
    private final Map<String, Object> figures;

    public RuleViolation(String rule, String field, String reason, Map<String, Object> figures) {
        super(field, reason);
        this.rule = rule;
        this.figures = Map.copyOf(figures);
    }

    public RuleViolation(String rule, String field, String reason) {
        this(rule, field, reason, Map.of());
    }

    public String rule() {
        return rule;
    }

    public Map<String, Object> figures() {
        return figures;
    }

    @Override
    public Map<String, Object> details() {
        return figures.isEmpty() ? Map.of("rule", rule) : Map.of("rule", rule, "figures", figures);
    }
}
