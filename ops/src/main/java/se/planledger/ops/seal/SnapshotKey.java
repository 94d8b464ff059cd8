package se.planledger.ops.seal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The key snapshots are sealed under ({@code ledger.seals.snapshot-key}, from the environment, never the database):
 * a snapshot's digest is then HMAC-SHA256 under it, which whoever can write the database cannot recompute, so a
 * snapshot whose keyed digest matches is trusted as written by a node of this ledger. Every node of one database
 * holds the same key (the same settings), so each trusts what the others sealed. Without a key no digest proves
 * anything beyond "these bytes are what was recorded", and {@link SnapshotSeals} replays each snapshot once instead.
 */
@Component
public class SnapshotKey {

    private static final Logger log = LoggerFactory.getLogger(SnapshotKey.class);

    /** Shorter keys are guessable; 32 characters is what {@code openssl rand -hex 16} gives. */
    static final int MIN_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public SnapshotKey(@Value("${ledger.seals.snapshot-key:}") String key) {
        if (key.isBlank()) {
            this.key = null;
            log.info("no ledger.seals.snapshot-key: each snapshot this node did not write is checked by replaying "
                    + "its events once before a command uses it");
        } else if (key.length() < MIN_LENGTH) {
            throw new IllegalStateException("ledger.seals.snapshot-key must be at least " + MIN_LENGTH
                    + " characters (e.g. openssl rand -hex 32), it has " + key.length());
        } else {
            this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        }
    }

    /** Whether this node holds a key to seal and check snapshots with. */
    boolean held() {
        return key != null;
    }

    /** HMAC-SHA256, in hex, over the fields framed as the seals are ({@link EventSeals#frame}). */
    String digest(byte[]... fields) {
        if (key == null) {
            throw new IllegalStateException("no ledger.seals.snapshot-key to seal with");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            EventSeals.frame(mac::update, fields);
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }
}
