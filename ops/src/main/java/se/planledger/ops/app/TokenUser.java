package se.planledger.ops.app;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The user an identity provider's token signs in: its name from the user claim (else the token's subject), recorded
 * on every event it causes, and its ledger roles from the roles claim. The roles claim is a list or a space- or
 * comma-separated string, found by a dotted path into nested claims ("realm_access.roles" in Keycloak); values are
 * the ledger's role names in any case, and others are ignored, so a token grants no role the ledger does not know.
 */
final class TokenUser implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final Set<String> ROLES = Set.of(SecurityConfig.READER, SecurityConfig.PLANNER, SecurityConfig.FINANCE,
            SecurityConfig.INTERNAL_CONTROL, SecurityConfig.AUDITOR, SecurityConfig.ADMINISTRATOR);

    private final String userClaim;
    private final String rolesClaim;

    TokenUser(String userClaim, String rolesClaim) {
        this.userClaim = userClaim;
        this.rolesClaim = rolesClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String user = token.getClaimAsString(userClaim);
        List<GrantedAuthority> roles = values(claim(token.getClaims(), rolesClaim))
                .map(value -> value.trim().toUpperCase(Locale.ROOT))
                .filter(ROLES::contains)
                .distinct()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return new JwtAuthenticationToken(token, roles, user == null || user.isBlank() ? token.getSubject() : user);
    }

    private static Object claim(Map<String, Object> claims, String path) {
        Object value = claims;
        for (String name : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> nested)) {
                return null;
            }
            value = nested.get(name);
        }
        return value;
    }

    private static Stream<String> values(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf);
        }
        if (claim instanceof String text) {
            return Stream.of(text.split("[\\s,]+"));
        }
        return Stream.empty();
    }
}
