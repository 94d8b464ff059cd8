package se.planledger.query.page;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;

/**
 * Who is signed in and with which roles, in the words the pages show; {@code name} is null when nobody is.
 * {@code codes} are the roles as granted (PLANNER…), for a page to offer only the forms its user may send.
 */
public record SignedIn(String name, List<String> roles, Set<String> codes) {

    private static final Map<String, String> ROLE_NAMES = Map.of(
            "READER", "läsare", "PLANNER", "planerare", "FINANCE", "ekonomi", "INTERNAL_CONTROL", "intern kontroll",
            "AUDITOR", "revisor", "ADMINISTRATOR", "administratör");

    static SignedIn of(Principal principal) {
        if (!(principal instanceof Authentication authentication) || !authentication.isAuthenticated()) {
            return new SignedIn(null, List.of(), Set.of());
        }
        Set<String> codes = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a)
                .collect(Collectors.toUnmodifiableSet());
        List<String> roles = codes.stream().map(role -> ROLE_NAMES.getOrDefault(role, role) + " (" + role + ")")
                .sorted().toList();
        return new SignedIn(authentication.getName(), roles, codes);
    }

    /** Whether the user holds the role; no role implies another but reading (as the security's role hierarchy says). */
    public boolean may(String role) {
        return codes.contains(role);
    }

    public boolean present() {
        return name != null;
    }
}
