package se.planledger.ops.app;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import se.planledger.ops.web.SecurityProblems;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.OPTIONS;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may do what, in one table: every request needs a known user, whose name becomes the events' issuedBy. In
 * production the users sign in at the organisation's identity provider and send its tokens (JWT, Bearer): set one of
 * the standard {@code spring.security.oauth2.resourceserver.jwt.*} settings (issuer-uri, jwk-set-uri,
 * public-key-location) and the demo users ({@code ledger.users}) are off. Without one, and with
 * {@code ledger.security.demo-users} on (the embedded default; off under the {@code postgres} profile), the demo users
 * sign in with HTTP Basic (the API) or a sign-in form (the pages); with it off nobody signs in but by a token.
 */
@Configuration
@EnableConfigurationProperties({SecurityConfig.LedgerUsers.class, SecuritySettings.class})
public class SecurityConfig {

    public static final String READER = "READER";
    public static final String PLANNER = "PLANNER";
    public static final String FINANCE = "FINANCE";
    public static final String INTERNAL_CONTROL = "INTERNAL_CONTROL";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    /** Swagger UI loads its scripts and styles from here; it sets styles inline and draws icons as data: images. */
    private static final String API_CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
    /** The pages keep their scripts and styles in static files: nothing inline. */
    private static final String PAGES_CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    /** How a stored password may be hashed: slow, salted hashes only, never {@code {noop}} or plain text. */
    private static final List<String> STRONG_HASHES = List.of("{bcrypt}", "{argon2", "{pbkdf2", "{scrypt}");

    @ConfigurationProperties("ledger")
    public record LedgerUsers(List<LedgerUser> users) {
        /** A user whose password is not stored as a strong hash stops the start-up, saying whose and why. */
        public record LedgerUser(String name, String password, List<String> roles) {
            public LedgerUser {
                if (password == null || STRONG_HASHES.stream().noneMatch(password::startsWith)) {
                    throw new IllegalArgumentException("ledger.users: the password of user '" + name + "' is not "
                            + "stored as a strong hash; give it as {bcrypt}…, {argon2}…, {pbkdf2}… or {scrypt}… "
                            + "(never {noop} or plain text)");
                }
            }
        }
    }

    /** The API and the machines' endpoints: stateless, credentials in every request, every refusal a problem document. */
    @Bean
    @Order(1)
    public SecurityFilterChain api(HttpSecurity http, SecurityProblems problems, SecuritySettings settings,
                                   LedgerUsers users, ObjectProvider<JwtDecoder> identityProvider, Clock clock)
            throws Exception {
        JwtDecoder tokens = identityProvider.getIfAvailable();
        if (tokens != null) {
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems.bearer())
                    .jwt(jwt -> jwt.decoder(tokens)
                            .jwtAuthenticationConverter(new TokenUser(settings.userClaim(), settings.rolesClaim()))));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems))
                    .authenticationManager(demoUsers(settings, users, clock));
        }
        return http
                .securityMatcher("/api/**", "/actuator/**", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs",
                        "/v3/api-docs/**")
                .csrf(csrf -> csrf.disable()) // stateless API, credentials in every request: no session cookie to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health", "/swagger-ui.html", "/swagger-ui/**",
                            "/v3/api-docs", "/v3/api-docs/**").permitAll();
                    // Metrics, the ops jobs and their results, the processors and the seal chain: for auditors and
                    // administrators (who follow their rebuilds there), never open, whatever open-reads says.
                    auth.requestMatchers("/actuator/**").hasAnyRole(AUDITOR, ADMINISTRATOR);
                    EndpointRoles.auditorReads(auth);
                    reads(auth, settings.openReads());
                    EndpointRoles.writes(auth); // the table the OpenAPI document states per operation
                })
                .exceptionHandling(e -> e.authenticationEntryPoint(tokens != null ? problems.bearer() : problems)
                        .accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(SecurityConfig::overTlsOnly))
                .build();
    }

    /**
     * The workspace's pages for browsers: with the demo users, sign-in by form at /login (a session, CSRF-protected)
     * or Basic, a page asked for without a user redirecting to /login; with an identity provider, its tokens (as a
     * signing-in proxy in front of the ledger sends them). The pages' forms write with the roles of the API's writes.
     */
    @Bean
    @Order(2)
    public SecurityFilterChain pages(HttpSecurity http, SecuritySettings settings, LedgerUsers users,
                                     ObjectProvider<JwtDecoder> identityProvider, Clock clock) throws Exception {
        JwtDecoder tokens = identityProvider.getIfAvailable();
        if (tokens != null) {
            http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(tokens)
                    .jwtAuthenticationConverter(new TokenUser(settings.userClaim(), settings.rolesClaim()))));
        } else {
            AuthenticationManager demo = demoUsers(settings, users, clock);
            http.authenticationManager(demo)
                    .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/"))
                    .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                    .httpBasic(basic -> { })
                    .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        }
        return http
                .authorizeHttpRequests(auth -> {
                    // What a problem's type URI names is explained to anyone, signed in or not (a 401 links there too).
                    auth.requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/problems/**").permitAll();
                    // The audit page and its jobs, as the ops endpoints: read by auditors and administrators,
                    // whatever open-reads says; an audit started by auditors, a rebuild by administrators alone.
                    auth.requestMatchers(POST, "/audit/rebuilds").hasRole(ADMINISTRATOR)
                            .requestMatchers(POST, "/audit/audits").hasRole(AUDITOR)
                            .requestMatchers(GET, "/audit", "/audit/**").hasAnyRole(AUDITOR, ADMINISTRATOR)
                            .requestMatchers(HEAD, "/audit", "/audit/**").hasAnyRole(AUDITOR, ADMINISTRATOR)
                            .requestMatchers("/audit", "/audit/**").hasRole(AUDITOR);
                    reads(auth, settings.openReads());
                    // The pages' forms, by the same roles as the API's writes behind them.
                    auth.requestMatchers(POST, "/plans/*/outcome-form").hasRole(PLANNER)
                            .requestMatchers(POST, "/framework-table-imports").hasRole(FINANCE)
                            .anyRequest().hasRole(ADMINISTRATOR); // rebuilds, and whatever is added without a rule
                })
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(SecurityConfig::overTlsOnly))
                .build();
    }

    /** Every role reads (GET, HEAD, OPTIONS); with open reads, anyone does. */
    private static void reads(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth,
                              boolean openReads) {
        for (HttpMethod method : List.of(GET, HEAD, OPTIONS)) {
            var reads = auth.requestMatchers(method, "/**");
            if (openReads) {
                reads.permitAll();
            } else {
                reads.hasRole(READER);
            }
        }
    }

    /**
     * Only reading is implied: every role reads. The administrator rebuilds projections and reads, nothing more, so
     * no one role can both write the registers and decide what the ledger shows; a user who needs several roles holds
     * them (the demo's admin does, an identity provider's roles claim lists them).
     */
    @Bean
    public static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ADMINISTRATOR).implies(READER)
                .role(PLANNER).implies(READER)
                .role(FINANCE).implies(READER)
                .role(INTERNAL_CONTROL).implies(READER)
                .role(AUDITOR).implies(READER)
                .build();
    }

    /**
     * HSTS for a year, sent only when the request came over TLS: directly, or through a proxy whose
     * {@code X-Forwarded-Proto: https} is honoured ({@code server.forward-headers-strategy}, application.yml).
     */
    private static void overTlsOnly(HeadersConfigurer<HttpSecurity>.HstsConfig hsts) {
        hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds()).includeSubDomains(true);
    }

    /**
     * The demo users; built only when no identity provider is configured, and empty (nobody signs in by password)
     * unless {@code ledger.security.demo-users} asks for them.
     */
    private static AuthenticationManager demoUsers(SecuritySettings settings, LedgerUsers config, Clock clock) {
        List<UserDetails> users = !settings.demoUsers() || config.users() == null ? List.of() : config.users().stream()
                .map(u -> User.withUsername(u.name()).password(u.password())
                        .roles(u.roles().toArray(String[]::new)).build())
                .toList();
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(users));
        return new ProviderManager(new FailedSignIns(new RecentSignIns(passwords, clock), clock));
    }
}
