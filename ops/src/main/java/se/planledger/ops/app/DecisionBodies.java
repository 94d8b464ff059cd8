package se.planledger.ops.app;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.planledger.command.api.SenderCheck;
import se.planledger.domain.decision.Body;
import se.planledger.domain.decision.Decision;
import se.planledger.domain.rejection.NotAllowed;

import java.lang.reflect.RecordComponent;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A user records decisions only in the name of the bodies its roles decide for ({@code ledger.security.decision-bodies}):
 * the role that may write plans may still not adopt one as the council's. Every command that carries a
 * {@link Decision} is checked, whichever endpoint sends it; a user without a listed role records none.
 */
@Component
class DecisionBodies implements SenderCheck {

    private static final String ROLE_PREFIX = "ROLE_";

    private final Map<String, Set<Body>> byRole;

    DecisionBodies(SecuritySettings settings) {
        Map<String, Set<Body>> byRole = new HashMap<>();
        // Upper-cased: a role written in lower case in the settings (decision-bodies.planner) counts for its role.
        if (settings.decisionBodies() != null) {
            settings.decisionBodies().forEach((role, bodies) -> byRole
                    .computeIfAbsent(role.toUpperCase(Locale.ROOT), r -> EnumSet.noneOf(Body.class)).addAll(bodies));
        }
        this.byRole = Map.copyOf(byRole);
    }

    @Override
    public void check(Object command) {
        if (!command.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            if (component.getType() == Decision.class
                    && read(component, command) instanceof Decision decision && decision.body() != null) {
                Authentication user = SecurityContextHolder.getContext().getAuthentication();
                Set<Body> allowed = allowed(user);
                if (!allowed.contains(decision.body())) {
                    throw new NotAllowed(component.getName() + ".body", "user " + (user == null ? "anonymous" : user.getName())
                            + " records decisions of " + (allowed.isEmpty() ? "no body" : allowed.stream().map(Body::name)
                            .collect(Collectors.joining(", "))) + ", not of " + decision.body() + " ("
                            + decision.body().label() + "); ledger.security.decision-bodies says which role records which body's decisions");
                }
            }
        }
    }

    private Set<Body> allowed(Authentication user) {
        Set<Body> allowed = EnumSet.noneOf(Body.class);
        if (user != null) {
            for (GrantedAuthority authority : user.getAuthorities()) {
                String role = authority.getAuthority().startsWith(ROLE_PREFIX)
                        ? authority.getAuthority().substring(ROLE_PREFIX.length()) : authority.getAuthority();
                allowed.addAll(byRole.getOrDefault(role, Set.of()));
            }
        }
        return allowed;
    }

    private static Object read(RecordComponent component, Object command) {
        try {
            return component.getAccessor().invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a command's record component " + component.getName() + " cannot be read", e);
        }
    }
}
