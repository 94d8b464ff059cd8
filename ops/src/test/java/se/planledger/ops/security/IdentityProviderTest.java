package se.planledger.ops.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.planledger.ops.app.LedgerApplication;
import se.planledger.ops.support.DemoUsers;
import se.planledger.ops.support.RequiresPostgres;
import se.planledger.ops.support.TestPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.planledger.ops.security.RolesTest.assertProblem;

/**
 * Signed in at the organisation's identity provider: the ledger takes the provider's tokens (JWT, checked against its
 * public key as configured by spring.security.oauth2.resourceserver.jwt.public-key-location), reads the user's roles
 * from the "roles" claim and records the user named by "preferred_username" (else "sub") on every event. The demo
 * users are off. Its own database, so the demo users' context and this one do not share a sign-in.
 */
@ExtendWith(RequiresPostgres.class)
@SpringBootTest(classes = LedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderTest {

    private static final KeyPair PROVIDER = rsaKeys();
    private static final KeyPair SOMEONE_ELSE = rsaKeys();
    private static final Path PUBLIC_KEY = publicKeyFile();
    private static final ObjectMapper READ = new ObjectMapper();

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void ownDatabaseAndTheProvidersKey(DynamicPropertyRegistry registry) {
        TestPostgres.useFreshDatabase(registry, "idp");
        registry.add("ledger.demo-data.enabled", () -> "false");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> PUBLIC_KEY.toUri().toString());
    }

    @Test
    void aPlannersTokenWritesAPlanRecordedAsTheTokensUser() {
        String plan = newPlanId();

        ResponseEntity<String> answer = draftPlan(plan, token(Map.of("sub", "4f1c-anna", "preferred_username", "anna.berg",
                "roles", List.of("PLANNER")), PROVIDER.getPrivate(), Duration.ofMinutes(5)));

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(issuedBy(plan)).isEqualTo("anna.berg");
    }

    @Test
    void withoutAUserNameTheTokensSubjectIsRecorded() {
        String plan = newPlanId();

        ResponseEntity<String> answer = draftPlan(plan, token(Map.of("sub", "7d2e-bertil", "roles", "reader planner"),
                PROVIDER.getPrivate(), Duration.ofMinutes(5)));

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(issuedBy(plan)).isEqualTo("7d2e-bertil");
    }

    @Test
    void aReadersTokenReadsButCannotWrite() throws Exception {
        String reader = token(Map.of("sub", "c3-cecilia", "roles", List.of("READER")), PROVIDER.getPrivate(), Duration.ofMinutes(5));
        long events = events();

        ResponseEntity<String> write = draftPlan(newPlanId(), reader);
        ResponseEntity<String> read = http.exchange("/api/v1/decisions", HttpMethod.GET,
                new HttpEntity<>(headers("Bearer " + reader)), String.class);

        assertProblem(write, HttpStatus.FORBIDDEN);
        assertThat(events()).isEqualTo(events);
        assertThat(read.getStatusCode()).as(read.getBody()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aTokenWithARoleTheLedgerDoesNotKnowGrantsNothing() throws Exception {
        assertProblem(draftPlan(newPlanId(), token(Map.of("sub", "d4-david", "roles", List.of("ROLE_ADMIN", "planners")),
                PROVIDER.getPrivate(), Duration.ofMinutes(5))), HttpStatus.FORBIDDEN);
    }

    @Test
    void noTokenAnExpiredOneOrOneSignedByAnotherKeyIsRefusedAskingForABearerToken() throws Exception {
        Map<String, Object> planner = Map.of("sub", "e5-erik", "roles", List.of("PLANNER"));
        long events = events();

        ResponseEntity<String> none = http.exchange("/api/v1/plans", HttpMethod.POST,
                new HttpEntity<>(newPlan(newPlanId()), headers(null)), String.class);
        ResponseEntity<String> expired = draftPlan(newPlanId(), token(planner, PROVIDER.getPrivate(), Duration.ofMinutes(-10)));
        ResponseEntity<String> forged = draftPlan(newPlanId(), token(planner, SOMEONE_ELSE.getPrivate(), Duration.ofMinutes(5)));

        for (ResponseEntity<String> answer : List.of(none, expired, forged)) {
            assertProblem(answer, HttpStatus.UNAUTHORIZED);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        }
        assertThat(READ.readTree(expired.getBody()).path("detail").asText()).contains("expired");
        assertThat(expired.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void theDemoUsersAreOff() throws Exception {
        long events = events();

        ResponseEntity<String> write = http.exchange("/api/v1/plans", HttpMethod.POST,
                new HttpEntity<>(newPlan(newPlanId()), headers(DemoUsers.basic("planner"))), String.class);
        ResponseEntity<String> read = http.exchange("/api/v1/decisions", HttpMethod.GET,
                new HttpEntity<>(headers(DemoUsers.basic("reader"))), String.class);

        assertProblem(write, HttpStatus.UNAUTHORIZED);
        assertProblem(read, HttpStatus.UNAUTHORIZED);
        assertThat(events()).isEqualTo(events);
    }

    private ResponseEntity<String> draftPlan(String plan, String token) {
        return http.exchange("/api/v1/plans", HttpMethod.POST, new HttpEntity<>(newPlan(plan), headers("Bearer " + token)),
                String.class);
    }

    private static Map<String, Object> newPlan(String plan) {
        return Map.of("planId", plan, "title", "Testplan", "board", "RS", "firstYear", 2023, "lastYear", 2025);
    }

    private static String newPlanId() {
        return "idp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static HttpHeaders headers(String authorization) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (authorization != null) {
            headers.set(HttpHeaders.AUTHORIZATION, authorization);
        }
        return headers;
    }

    /** A token as the provider issues it, valid for {@code lifetime} from now (negative: expired that long ago). */
    private static String token(Map<String, Object> claims, PrivateKey key, Duration lifetime) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(20))))
                .expirationTime(Date.from(Instant.now().plus(lifetime)));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private String issuedBy(String plan) {
        String metaData = new String(jdbc.queryForObject("select metadata from domainevententry where aggregateidentifier = ?",
                byte[].class, plan), StandardCharsets.UTF_8);
        try {
            return READ.readTree(metaData).path("issuedBy").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domainevententry", Long.class);
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The provider's public key as a PEM file, the form public-key-location reads. */
    private static Path publicKeyFile() {
        try {
            Path file = Files.createTempFile("identity-provider", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(PROVIDER.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
