package se.planledger.ops.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import se.planledger.domain.decision.Body;

import java.util.Map;
import java.util.Set;

/**
 * The {@code ledger.security} settings; their defaults and meaning are in application.yml and the README.
 *
 * @param openReads      anyone may read without signing in
 * @param demoUsers      the demo users ({@code ledger.users}) sign in by password; off under the postgres profile
 * @param rolesClaim     the token claim that lists the user's roles (a dotted path reaches into nested claims)
 * @param userClaim      the token claim whose value is recorded as the events' issuedBy (else the subject)
 * @param decisionBodies per role, the bodies in whose name it records decisions
 */
@ConfigurationProperties("ledger.security")
public record SecuritySettings(boolean openReads, boolean demoUsers, String rolesClaim, String userClaim,
                               Map<String, Set<Body>> decisionBodies) {
}
