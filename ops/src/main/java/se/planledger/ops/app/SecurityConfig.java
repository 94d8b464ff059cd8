package se.planledger.ops.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;

/**
 * Reading is open; every write needs a known user (HTTP Basic), whose name becomes the events' issuedBy.
 * Users come from configuration ({@code ledger.users}); production replaces them through its own settings.
 */
@Configuration
@EnableConfigurationProperties(SecurityConfig.LedgerUsers.class)
public class SecurityConfig {

    public static final String WRITER = "WRITER";

    @ConfigurationProperties("ledger")
    public record LedgerUsers(List<LedgerUser> users) {
        public record LedgerUser(String name, String password, List<String> roles) {
        }
    }

    @Bean
    public SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http
                .csrf(csrf -> csrf.disable()) // stateless API with Basic credentials: no session cookie to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().hasRole(WRITER))
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    @Bean
    public InMemoryUserDetailsManager users(LedgerUsers config) {
        List<UserDetails> users = config.users() == null ? List.of() : config.users().stream()
                .map(u -> User.withUsername(u.name()).password(u.password())
                        .roles(u.roles().toArray(String[]::new)).build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }
}
