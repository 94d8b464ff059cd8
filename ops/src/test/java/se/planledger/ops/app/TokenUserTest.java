package se.planledger.ops.app;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The user and roles a token's claims give, as the identity provider's settings name the claims. */
class TokenUserTest {

    @Test
    void rolesFromANestedClaimAndTheUserFromTheConfiguredClaim() {
        Jwt token = token(Map.of("sub", "9a-anna", "email", "anna.berg@example.se",
                "realm_access", Map.of("roles", List.of("offline_access", "planner", "Auditor"))));

        Authentication user = new TokenUser("email", "realm_access.roles").convert(token);

        assertThat(user.getName()).isEqualTo("anna.berg@example.se");
        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_PLANNER", "ROLE_AUDITOR");
    }

    @Test
    void withoutTheClaimsTheSubjectWithNoRole() {
        Authentication user = new TokenUser("preferred_username", "roles").convert(token(Map.of("sub", "9a-anna")));

        assertThat(user.getName()).isEqualTo("9a-anna");
        assertThat(user.getAuthorities()).isEmpty();
    }

    @Test
    void rolesStatedAsOneStringSeparatedBySpacesOrCommas() {
        Authentication user = new TokenUser("preferred_username", "roles")
                .convert(token(Map.of("sub", "9a-anna", "roles", "READER, finance internal_control")));

        assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_READER", "ROLE_FINANCE", "ROLE_INTERNAL_CONTROL");
    }

    private static Jwt token(Map<String, Object> claims) {
        return Jwt.withTokenValue("token").header("alg", "RS256").claims(c -> c.putAll(claims))
                .issuedAt(Instant.parse("2026-01-01T00:00:00Z")).expiresAt(Instant.parse("2026-01-01T01:00:00Z")).build();
    }
}
