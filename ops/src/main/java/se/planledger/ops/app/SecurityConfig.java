package se.planledger.ops.app;

import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import se.planledger.ops.web.SecurityProblems;

import java.time.Clock;
import java.util.List;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.OPTIONS;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may do what, in one table: every request needs a known user (HTTP Basic for the API, a sign-in form or Basic
 * for the pages), whose name becomes the events' issuedBy. Users come from configuration ({@code ledger.users}); production replaces them through its own settings.
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
    private static final String API_CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
    /** The pages keep their scripts and styles in static files: nothing inline. */
    private static final String PAGES_CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    @ConfigurationProperties("ledger")
    public record LedgerUsers(List<LedgerUser> users) {
        public record LedgerUser(String name, String password, List<String> roles) {
        }
    }

    /** The API and the machines' endpoints: stateless HTTP Basic, every refusal a problem document. */
    @Bean
    @Order(1)
    public SecurityFilterChain api(HttpSecurity http, SecurityProblems problems,
                                   @Value("${ledger.security.open-reads:false}") boolean openReads) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**", "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs",
                        "/v3/api-docs/**")
                .csrf(csrf -> csrf.disable()) // stateless API with Basic credentials: no session cookie to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health", "/swagger-ui.html", "/swagger-ui/**",
                            "/v3/api-docs", "/v3/api-docs/**").permitAll();
                    reads(auth, openReads);
                    auth.requestMatchers("/api/v1/plans/**").hasRole(PLANNER)
                            .requestMatchers("/api/v1/framework-tables/**", "/api/v1/financial-outcomes/**").hasRole(FINANCE)
                            .requestMatchers("/api/v1/risk-registers/**", "/api/v1/control-plans/**").hasRole(INTERNAL_CONTROL)
                            .requestMatchers(POST, "/api/v1/ops/audits").hasRole(AUDITOR)
                            .anyRequest().hasRole(ADMINISTRATOR); // rebuilds, and whatever is added without a rule
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * The workspace's pages for browsers: sign-in by form at /login (a session, CSRF-protected), HTTP Basic too;
     * a page asked for without a user redirects to /login. The pages only read.
     */
    @Bean
    @Order(2)
    public SecurityFilterChain pages(HttpSecurity http,
                                     @Value("${ledger.security.open-reads:false}") boolean openReads) throws Exception {
        return http
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**").permitAll();
                    reads(auth, openReads);
                    auth.anyRequest().hasRole(ADMINISTRATOR);
                })
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
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
