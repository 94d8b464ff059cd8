package se.planledger.query.page;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.security.Principal;
import java.util.List;
import java.util.Map;

/** Who is signed in and with which roles, in the words the pages show; {@code name} is null when nobody is. */
public record SignedIn(String name, List<String> roles) {

    private static final Map<String, String> ROLE_NAMES = Map.of(
            "READER", "läsare", "PLANNER", "planerare", "FINANCE", "ekonomi", "INTERNAL_CONTROL", "intern kontroll",
            "AUDITOR", "revisor", "ADMINISTRATOR", "administratör");

    static SignedIn of(Principal principal) {
        if (!(principal instanceof Authentication authentication) || !authentication.isAuthenticated()) {
            return new SignedIn(null, List.of());
        }
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a)
                .map(role -> ROLE_NAMES.getOrDefault(role, role) + " (" + role + ")")
                .sorted().toList();
        return new SignedIn(authentication.getName(), roles);
    }

    public boolean present() {
        return name != null;
    }
}
