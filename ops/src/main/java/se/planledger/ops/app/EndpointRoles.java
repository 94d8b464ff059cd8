package se.planledger.ops.app;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.util.AntPathMatcher;

import java.util.List;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.OPTIONS;
import static org.springframework.http.HttpMethod.POST;
import static se.planledger.ops.app.SecurityConfig.ADMINISTRATOR;
import static se.planledger.ops.app.SecurityConfig.AUDITOR;
import static se.planledger.ops.app.SecurityConfig.FINANCE;
import static se.planledger.ops.app.SecurityConfig.INTERNAL_CONTROL;
import static se.planledger.ops.app.SecurityConfig.PLANNER;
import static se.planledger.ops.app.SecurityConfig.READER;

/**
 * Which role each API endpoint needs, by path: one table that both the security chain enforces and the OpenAPI
 * document states, so what a client reads about an endpoint is what it is refused by. First match wins.
 */
public final class EndpointRoles {

    /** A rule: requests of {@code method} (null: any) to a path matching one of {@code patterns} need one of {@code roles}. */
    public record Rule(HttpMethod method, List<String> patterns, List<String> roles) {

        Rule(HttpMethod method, List<String> patterns, String... roles) {
            this(method, patterns, List.of(roles));
        }

        /** As the document states it: "AUDITOR or ADMINISTRATOR". */
        String role() {
            return String.join(" or ", roles);
        }

        boolean matches(HttpMethod asked, String path) {
            return (method == null || method.equals(asked)) && patterns.stream().anyMatch(p -> PATHS.match(p, path));
        }
    }

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private static final List<HttpMethod> READS = List.of(GET, HEAD, OPTIONS);

    /**
     * Reads of the ops jobs and their results, the processors and the seal chain, before the other reads: auditors, and
     * administrators, who follow their rebuilds there.
     */
    static final List<Rule> AUDITOR_READS = List.of(
            new Rule(GET, List.of("/api/v1/ops/**"), AUDITOR, ADMINISTRATOR),
            new Rule(HEAD, List.of("/api/v1/ops/**"), AUDITOR, ADMINISTRATOR));

    /** The writes, after the reads; anything else (rebuilds, and whatever is added without a rule) for administrators. */
    static final List<Rule> WRITES = List.of(
            new Rule(null, List.of("/api/v1/plans/**"), PLANNER),
            new Rule(null, List.of("/api/v1/framework-tables/**", "/api/v1/financial-outcomes/**"), FINANCE),
            new Rule(null, List.of("/api/v1/risk-registers/**", "/api/v1/control-plans/**"), INTERNAL_CONTROL),
            new Rule(POST, List.of("/api/v1/ops/audits"), AUDITOR));

    static final String OTHERWISE = ADMINISTRATOR;

    private EndpointRoles() {
    }

    /** The role an API request needs (a read: READER, unless reads are opened); {@code path} may be a template. */
    public static String of(HttpMethod method, String path) {
        return AUDITOR_READS.stream().filter(r -> r.matches(method, path)).map(Rule::role).findFirst()
                .orElseGet(() -> READS.contains(method) ? READER : WRITES.stream().filter(r -> r.matches(method, path))
                        .map(Rule::role).findFirst().orElse(OTHERWISE));
    }

    static void auditorReads(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        AUDITOR_READS.forEach(rule -> enforce(auth, rule));
    }

    static void writes(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        WRITES.forEach(rule -> enforce(auth, rule));
        auth.anyRequest().hasRole(OTHERWISE);
    }

    private static void enforce(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
                                Rule rule) {
        String[] patterns = rule.patterns().toArray(String[]::new);
        (rule.method() == null ? auth.requestMatchers(patterns) : auth.requestMatchers(rule.method(), patterns))
                .hasAnyRole(rule.roles().toArray(String[]::new));
    }
}
