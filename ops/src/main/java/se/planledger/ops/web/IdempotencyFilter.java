package se.planledger.ops.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.planledger.command.api.LedgerCommands;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * A write repeated with the same Idempotency-Key (per user) gets the first answer again and adds no event.
 * Only successes (2xx) are kept for replay: every refusal (4xx) and every server error frees the key, since a
 * refusal may depend on what the ledger holds or on the user's roles, which change (a plan adopted meanwhile, a
 * role granted), and a retry with the same key must then go through. A key without a kept answer is freed unless
 * the command's receipt shows it took effect after all. A key whose request stalled (its node crashed, its connection was cut)
 * is resolved by the next retry after {@code ledger.idempotency.lease}: recorded, it is answered as such;
 * not recorded, it runs anew.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String REPLAYED = "Idempotent-Replayed";

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final IdempotentRequests keys;
    private final CommandReceipts receipts;
    private final Clock clock;
    private final Duration lease;
    private final HandlerExceptionResolver problems;

    public IdempotencyFilter(IdempotentRequests keys, CommandReceipts receipts, Clock clock,
                             @Value("${ledger.idempotency.lease:PT2M}") Duration lease,
                             @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.keys = keys;
        this.receipts = receipts;
        this.clock = clock;
        this.lease = lease;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String key = request.getHeader(LedgerCommands.IDEMPOTENCY_KEY);
        return key == null || key.isBlank() || !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(LedgerCommands.IDEMPOTENCY_KEY);
        if (key.length() > 200 || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            problem(request, response, 400, "Invalid input", "the Idempotency-Key must be at most 200 printable ASCII characters");
            return;
        }
        String principal = request.getRemoteUser() == null ? "anonymous" : request.getRemoteUser();
        byte[] body = request.getInputStream().readAllBytes();
        String hash = hash(request, body);
        Instant now = clock.instant();
        if (!keys.claim(principal, key, hash, now)) {
            Optional<IdempotentRequests.Entry> first = keys.find(principal, key);
            if (first.isEmpty()) {
                problem(request, response, 409, "Request in progress", "the first request with this Idempotency-Key just ended "
                        + "without a definite answer; retry");
                return;
            }
            if (!first.get().requestHash().equals(hash)) {
                problem(request, response, 422, "Idempotency key reused",
                        "this Idempotency-Key was used for a different request; use a new key for a new request");
                return;
            }
            if (!first.get().inProgress()) {
                replay(first.get(), response);
                return;
            }
            if (first.get().claimedAt().plus(lease).isAfter(now)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, lease.toSeconds())));
                problem(request, response, 409, "Request in progress", "a request with this Idempotency-Key is still being handled");
                return;
            }
            if (!keys.takeOver(principal, key, first.get().claimedAt(), now)) {
                problem(request, response, 409, "Request in progress", "another retry with this Idempotency-Key is being handled");
                return;
            }
            if (receipts.recorded(principal, key)) {
                answerRecordedEarlier(principal, key, response);
                return;
            }
        }
        run(principal, key, new ReplayableBody(request, body), response, chain);
    }

    private void run(String principal, String key, HttpServletRequest request, HttpServletResponse response,
                     FilterChain chain) throws ServletException, IOException {
        ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
        boolean answered = false;
        try {
            chain.doFilter(request, cached);
            int status = cached.getStatus();
            if (status >= 200 && status < 300) {
                keys.answer(principal, key, status, cached.getContentType(), cached.getHeader(HttpHeaders.LOCATION),
                        cached.getHeader(HttpHeaders.ETAG), cached.getContentAsByteArray(), clock.instant());
                answered = true;
            }
        } finally {
            if (!answered) {
                settleWithoutAnswer(principal, key);
            }
            cached.copyBodyToResponse();
        }
    }

    /** No definite answer: if the command was recorded anyway, say so to the next retry; otherwise free the key. */
    private void settleWithoutAnswer(String principal, String key) {
        try {
            if (receipts.recorded(principal, key)) {
                keys.answer(principal, key, 200, MediaType.APPLICATION_JSON_VALUE, null, null,
                        recordedBody(key), clock.instant());
            } else {
                keys.release(principal, key);
            }
        } catch (RuntimeException storageDown) {
            // The claim stays; the first retry after the lease resolves it from the command receipts.
            logger.warn("Idempotency-Key " + key + " left in progress: " + storageDown);
        }
    }

    private void answerRecordedEarlier(String principal, String key, HttpServletResponse response) throws IOException {
        byte[] body = recordedBody(key);
        keys.answer(principal, key, 200, MediaType.APPLICATION_JSON_VALUE, null, null, body, clock.instant());
        response.setStatus(200);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(REPLAYED, "true");
        response.getOutputStream().write(body);
    }

    private static byte[] recordedBody(String key) {
        return ("{\"idempotencyKey\":\"" + key + "\",\"recorded\":true,\"detail\":\"the request was recorded; its "
                + "first answer was lost (the node stopped or lost its database connection before answering)\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void replay(IdempotentRequests.Entry first, HttpServletResponse response) throws IOException {
        response.setStatus(first.status());
        setIfPresent(response, HttpHeaders.CONTENT_TYPE, first.contentType());
        setIfPresent(response, HttpHeaders.LOCATION, first.location());
        setIfPresent(response, HttpHeaders.ETAG, first.etag());
        response.setHeader(REPLAYED, "true");
        if (first.body() != null) {
            response.getOutputStream().write(first.body());
        }
    }

    private static void setIfPresent(HttpServletResponse response, String header, String value) {
        if (value != null) {
            response.setHeader(header, value);
        }
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Rendered by {@link ProblemAdvice} like every other refusal, so all problems share one shape. */
    private void problem(HttpServletRequest request, HttpServletResponse response, int status, String title,
                         String detail) {
        HttpStatus code = HttpStatus.valueOf(status);
        problems.resolveException(request, response, null, new ErrorResponseException(code,
                ProblemAdvice.problem(code, title, LedgerCommands.IDEMPOTENCY_KEY, detail), null));
    }

    /** The request with its body read once (to hash it) and given again to the handler. */
    private static final class ReplayableBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayableBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return bytes.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }
    }
}
