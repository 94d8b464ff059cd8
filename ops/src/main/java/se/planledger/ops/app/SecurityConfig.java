package se.planledger.ops.app;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import se.planledger.ops.web.SecurityProblems;

import java.time.Clock;
import java.util.List;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.OPTIONS;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may do what, in one table: every request needs a known user (HTTP Basic), whose name becomes the events'
 * issuedBy. Users come from configuration ({@code ledger.users}); production replaces them through its own settings.
 */
@Configuration
@EnableConfigurationProperties(SecurityConfig.LedgerUsers.class)
public class SecurityConfig {

    public static final String READER = "READER";
    public static final String PLANNER = "PLANNER";
    public static final String FINANCE = "FINANCE";
    public static final String INTERNAL_CONTROL = "INTERNAL_CONTROL";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    /** Swagger UI loads its scripts and styles from here; it sets styles inline and draws icons as data: images. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @ConfigurationProperties("ledger")
    public record LedgerUsers(List<LedgerUser> users) {
        public record LedgerUser(String name, String password, List<String> roles) {
        }
    }

    @Bean
    public SecurityFilterChain api(HttpSecurity http, SecurityProblems problems,
                                   @Value("${ledger.security.open-reads:false}") boolean openReads) throws Exception {
        return http
                .csrf(csrf -> csrf.disable()) // stateless API with Basic credentials: no session cookie to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/error", "/actuator/health", "/swagger-ui.html", "/swagger-ui/**",
                            "/v3/api-docs", "/v3/api-docs/**").permitAll();
                    auth.requestMatchers(GET, "/api/v1/ops/events/export").hasRole(AUDITOR); // the whole ledger at once
                    for (HttpMethod method : List.of(GET, HEAD, OPTIONS)) {
                        var reads = auth.requestMatchers(method, "/**");
                        if (openReads) {
                            reads.permitAll();
                        } else {
                            reads.hasRole(READER);
                        }
                    }
                    auth.requestMatchers("/api/v1/plans/**").hasRole(PLANNER)
                            .requestMatchers("/api/v1/framework-tables/**", "/api/v1/financial-outcomes/**").hasRole(FINANCE)
                            .requestMatchers("/api/v1/risk-registers/**", "/api/v1/control-plans/**").hasRole(INTERNAL_CONTROL)
                            .requestMatchers(POST, "/api/v1/ops/audits").hasRole(AUDITOR)
                            .anyRequest().hasRole(ADMINISTRATOR); // rebuilds, and whatever is added without a rule
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /** Every write role reads; the administrator may do everything. */
    @Bean
    public static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ADMINISTRATOR).implies(PLANNER, FINANCE, INTERNAL_CONTROL, AUDITOR)
                .role(PLANNER).implies(READER)
                .role(FINANCE).implies(READER)
                .role(INTERNAL_CONTROL).implies(READER)
                .role(AUDITOR).implies(READER)
                .build();
    }

    @Bean
    public AuthenticationManager authenticationManager(LedgerUsers config) {
        List<UserDetails> users = config.users() == null ? List.of() : config.users().stream()
                .map(u -> User.withUsername(u.name()).password(u.password())
                        .roles(u.roles().toArray(String[]::new)).build())
                .toList();
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(users));
        return new ProviderManager(new FailedSignIns(new RecentSignIns(passwords, Clock.systemUTC()), Clock.systemUTC()));
    }
}
