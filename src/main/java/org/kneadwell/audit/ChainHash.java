package org.kneadwell.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The link between two events: SHA-256 over the previous event's hash, a newline and the next event's
 * canonical form. Because each hash covers the one before it, changing, removing or inserting any event
 * breaks every hash after it.
 */
final class ChainHash {

    /** The "previous hash" of the first event; the chain head starts with it. */
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String next(String previousHash, String canonicalEvent) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((previousHash + "\n" + canonicalEvent).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
