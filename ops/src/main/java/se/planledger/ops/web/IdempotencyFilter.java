package se.planledger.ops.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.planledger.command.api.LedgerCommands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A write repeated with the same Idempotency-Key gets the first answer again and adds no event. The key is
 * claimed before the write runs, so two concurrent repeats cannot both write; a failed (5xx) write releases it.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int IN_PROGRESS = 0;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public IdempotencyFilter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
        if (key.length() > 200) {
            problem(response, 400, "Invalid input", "the Idempotency-Key is longer than 200 characters");
            return;
        }
        try {
            jdbc.update("insert into idempotent_request (idempotency_key, request_hash, status, created_at) values (?, '', ?, ?)",
                    key, IN_PROGRESS, Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException repeated) {
            replay(key, request, response);
            return;
        }
        ContentCachingRequestWrapper cachedRequest = new ContentCachingRequestWrapper(request);
        ContentCachingResponseWrapper cachedResponse = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(cachedRequest, cachedResponse);
        } finally {
            remember(key, cachedRequest, cachedResponse);
            cachedResponse.copyBodyToResponse();
        }
    }

    private void remember(String key, ContentCachingRequestWrapper request, ContentCachingResponseWrapper response) {
        if (response.getStatus() >= 500) {
            jdbc.update("delete from idempotent_request where idempotency_key = ?", key);
            return;
        }
        jdbc.update("update idempotent_request set request_hash = ?, status = ?, content_type = ?, location = ?, "
                        + "etag = ?, body = ? where idempotency_key = ?",
                hash(request, request.getContentAsByteArray()), response.getStatus(), response.getContentType(),
                response.getHeader(HttpHeaders.LOCATION), response.getHeader(HttpHeaders.ETAG),
                response.getContentAsByteArray(), key);
    }

    private void replay(String key, HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from idempotent_request where idempotency_key = ?", key);
        Map<String, Object> first = rows.isEmpty() ? null : rows.get(0);
        if (first == null || ((Number) first.get("status")).intValue() == IN_PROGRESS) {
            problem(response, 409, "Request in progress", "a request with this Idempotency-Key is still being handled");
            return;
        }
        if (!hash(request, request.getInputStream().readAllBytes()).equals(first.get("request_hash"))) {
            problem(response, 422, "Idempotency key reused",
                    "this Idempotency-Key was used for a different request; use a new key for a new request");
            return;
        }
        response.setStatus(((Number) first.get("status")).intValue());
        setIfPresent(response, HttpHeaders.CONTENT_TYPE, first.get("content_type"));
        setIfPresent(response, HttpHeaders.LOCATION, first.get("location"));
        setIfPresent(response, HttpHeaders.ETAG, first.get("etag"));
        response.setHeader("Idempotent-Replayed", "true");
        byte[] body = (byte[]) first.get("body");
        if (body != null) {
            response.getOutputStream().write(body);
        }
    }

    private static void setIfPresent(HttpServletResponse response, String header, Object value) {
        if (value != null) {
            response.setHeader(header, value.toString());
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

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"/problems/" + title.toLowerCase().replace(' ', '-') + "\",\"title\":\""
                + title + "\",\"status\":" + status + ",\"field\":\"Idempotency-Key\",\"detail\":\"" + detail + "\"}");
    }
}
