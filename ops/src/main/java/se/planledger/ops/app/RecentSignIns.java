package se.planledger.ops.app;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers successful sign-ins for five minutes. HTTP Basic sends the password with every request and checking a
 * BCrypt hash costs about 100 ms by design, which would otherwise be paid per request. The key is a SHA-256 of
 * user and password, so no password is kept; failures are never remembered, so guessing stays slow. A small
 * synchronized map, bounded and evicting the least recently used, is enough for a handful of users: no library
 * on the classpath offers a cache (Caffeine is not a dependency).
 */
final class RecentSignIns implements AuthenticationProvider {

    static final Duration KEPT = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 1_000;

    private record SignIn(Authentication authentication, Instant until) {
    }

    private final AuthenticationProvider passwords;
    private final Clock clock;
    private final Map<String, SignIn> signIns = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SignIn> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    RecentSignIns(AuthenticationProvider passwords, Clock clock) {
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String key = key(request.getName(), String.valueOf(request.getCredentials()));
        Instant now = clock.instant();
        synchronized (signIns) {
            SignIn known = signIns.get(key);
            if (known != null && now.isBefore(known.until())) {
                return known.authentication();
            }
        }
        Authentication result = passwords.authenticate(request);
        if (result != null) {
            synchronized (signIns) {
                signIns.put(key, new SignIn(result, now.plus(KEPT)));
            }
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static String key(String user, String password) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
