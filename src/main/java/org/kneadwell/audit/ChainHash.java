package org.kneadwell.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

/**
 * The MACs that make the audit log tamper-evident, all HMAC-SHA-256 under the {@link AuditKey} with a label
 * per use so one can never stand in for another:
 * <ul>
 * <li>the entry MAC, written with each event by the application, over the event's content: a row inserted
 * past the application has none or a wrong one;</li>
 * <li>the link, over the previous link, a newline and the event's sequence number and content: because each
 * covers the one before, changing, removing or inserting any sealed event breaks every link after it, and
 * without the key nobody can compute new ones;</li>
 * <li>the anchor (where the keyed chain starts after the events sealed before it) and the verifier's
 * checkpoint, so neither can be moved by hand.</li>
 * </ul>
 * Events sealed before the keyed chain keep their plain SHA-256 links ({@link #legacyNext}).
 */
@Component
class ChainHash {

    /** The "previous link" of the first event. */
    static final String GENESIS = "0".repeat(64);

    private final AuditKey key;

    ChainHash(AuditKey key) {
        this.key = key;
    }

    String entryMac(StoredEvent event) {
        return key.mac("entry\n" + event.content());
    }

    String next(String previousHash, String canonicalEvent) {
        return key.mac("link\n" + previousHash + "\n" + canonicalEvent);
    }

    String anchor(long legacySeq, String legacyHash) {
        return key.mac("anchor\n" + legacySeq + "\n" + legacyHash);
    }

    String checkpoint(long seq, String hash) {
        return key.mac("checkpoint\n" + seq + "\n" + hash);
    }

    /** The link of the chain sealed before the keyed chain: SHA-256, no key. */
    static String legacyNext(String previousHash, String canonicalEvent) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((previousHash + "\n" + canonicalEvent).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
