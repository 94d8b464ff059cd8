package se.planledger.command.api;

import se.planledger.domain.rejection.AlreadyExists;
import se.planledger.domain.rejection.InvalidInput;
import se.planledger.domain.rejection.NotAllowed;
import se.planledger.domain.rejection.Rejection;
import se.planledger.domain.rejection.RowErrors;
import se.planledger.domain.rejection.RuleViolation;
import se.planledger.domain.rejection.StaleVersion;
import se.planledger.domain.rejection.TooLarge;
import se.planledger.domain.rejection.UnknownItem;

import org.axonframework.modelling.command.ConcurrencyException;

import java.util.List;
import java.util.Map;

/**
 * A {@link Rejection} as plain data, the details of the CommandExecutionException it travels in: a command bus
 * between nodes (Axon Server) serializes an exception's details but drops its cause, so the refusal must be data to
 * arrive. {@link #toException()} gives the sender the same refusal its handler raised, or the conflict its events
 * met when they were appended ({@link #conflict}).
 *
 * @param kind    the refusal's class: one of those in {@code domain.rejection} that decide the answer, or
 *                {@value #CONFLICT}
 * @param details {@link Rejection#details()} as sent; after the trip its values are JSON's (maps, lists, numbers)
 */
public record Refusal(String kind, String field, String reason, Map<String, Object> details) {

    static final String CONFLICT = "Conflict";

    private static final List<Class<? extends Rejection>> KINDS = List.of(RowErrors.class, InvalidInput.class,
            UnknownItem.class, StaleVersion.class, AlreadyExists.class, TooLarge.class, NotAllowed.class,
            RuleViolation.class);

    public static Refusal of(Rejection rejection) {
        String kind = KINDS.stream().filter(k -> k.isInstance(rejection)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a refusal of no known kind: " + rejection.getClass()))
                .getSimpleName();
        return new Refusal(kind, rejection.field(), rejection.reason(), rejection.details());
    }

    /** Another writer changed or created the same aggregate at the same moment: a retry may succeed. */
    public static Refusal conflict(String reason) {
        return new Refusal(CONFLICT, "id", reason, Map.of());
    }

    public RuntimeException toException() {
        return CONFLICT.equals(kind) ? new ConcurrencyException(reason) : toRejection();
    }

    public Rejection toRejection() {
        return switch (kind) {
            case "RowErrors" -> new RowErrors(rowErrors());
            case "InvalidInput" -> new InvalidInput(field, reason);
            case "UnknownItem" -> new UnknownItem(field, reason);
            case "StaleVersion" -> new StaleVersion(field, number("expectedVersion"), number("currentVersion"));
            case "AlreadyExists" -> new AlreadyExists(field, reason);
            case "TooLarge" -> new TooLarge(field, reason);
            case "NotAllowed" -> new NotAllowed(field, reason);
            case "RuleViolation" -> new RuleViolation((String) details.get("rule"), field, reason, figures());
            default -> throw new IllegalStateException("a refusal of unknown kind " + kind + ": " + reason);
        };
    }

    private List<RowErrors.RowError> rowErrors() {
        return ((List<?>) details.get("errors")).stream()
                .map(error -> error instanceof RowErrors.RowError row ? row : rowError((Map<?, ?>) error))
                .toList();
    }

    private static RowErrors.RowError rowError(Map<?, ?> error) {
        return new RowErrors.RowError(((Number) error.get("row")).intValue(), (String) error.get("field"),
                (String) error.get("reason"));
    }

    private long number(String name) {
        return ((Number) details.get(name)).longValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> figures() {
        Object figures = details.get("figures");
        return figures == null ? Map.of() : (Map<String, Object>) figures;
    }
}
