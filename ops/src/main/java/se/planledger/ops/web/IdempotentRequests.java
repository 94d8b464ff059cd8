package se.planledger.ops.web;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The table of Idempotency-Keys per user: claimed while a request runs, then holding its definite answer. */
@Component
public class IdempotentRequests {

    static final int IN_PROGRESS = 0;

    private final JdbcTemplate jdbc;

    public IdempotentRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A key's row: in progress (status 0, since claimedAt) or answered. */
    public record Entry(String requestHash, int status, Instant claimedAt, String contentType, String location,
                        String etag, byte[] body) {

        boolean inProgress() {
            return status == IN_PROGRESS;
        }
    }

    /** True when this request now holds the key; false when the key was already there. */
    public boolean claim(String principal, String key, String requestHash, Instant now) {
        try {
            jdbc.update("insert into idempotent_request (principal, idempotency_key, request_hash, status, claimed_at) "
                    + "values (?, ?, ?, ?, ?)", principal, key, requestHash, IN_PROGRESS, Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    public Optional<Entry> find(String principal, String key) {
        List<Entry> rows = jdbc.query("select request_hash, status, claimed_at, content_type, location, etag, body "
                        + "from idempotent_request where principal = ? and idempotency_key = ?",
                (rs, i) -> new Entry(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBytes(7)),
                principal, key);
        return rows.stream().findFirst();
    }

    /** Takes over a claim that stalled (its request died with its node); only one retry can win it. */
    public boolean takeOver(String principal, String key, Instant stalledClaim, Instant now) {
        return jdbc.update("update idempotent_request set claimed_at = ? where principal = ? and idempotency_key = ? "
                        + "and status = ? and claimed_at = ?",
                Timestamp.from(now), principal, key, IN_PROGRESS, Timestamp.from(stalledClaim)) == 1;
    }

    public void answer(String principal, String key, int status, String contentType, String location, String etag,
                       byte[] body, Instant now) {
        jdbc.update("update idempotent_request set status = ?, content_type = ?, location = ?, etag = ?, body = ?, "
                        + "answered_at = ? where principal = ? and idempotency_key = ?",
                status, contentType, location, etag, body, Timestamp.from(now), principal, key);
    }

    /** Frees the key: the request had no definite answer, so a retry runs it anew. */
    public void release(String principal, String key) {
        jdbc.update("delete from idempotent_request where principal = ? and idempotency_key = ? and status = ?",
                principal, key, IN_PROGRESS);
    }
}
