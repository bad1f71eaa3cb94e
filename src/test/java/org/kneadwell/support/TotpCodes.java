package org.kneadwell.support;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kneadwell.identity.Totp;

/**
 * Codes for the demo secret. A code works once per account and 30-second step (replays are refused), so a
 * test that signs the same account in twice within one step waits for the next step.
 */
public final class TotpCodes {

    /** The last step each account was sent a code in, by any test of this JVM (they share one application). */
    private static final Map<String, Long> lastSent = new ConcurrentHashMap<>();

    private TotpCodes() {
    }

    public static String current(Totp totp) {
        return totp.currentCode(Demo.TOTP_SECRET);
    }

    /** Records that a code of the current step was sent for the account, so other tests do not replay it. */
    public static void sent(String account) {
        lastSent.merge(account, Instant.now().toEpochMilli() / 30_000, Math::max);
    }

    /** The last step a code was sent in for the account, if any. */
    public static Long lastSent(String account) {
        return lastSent.get(account);
    }

    public static void waitForNextStep() {
        long now = Instant.now().toEpochMilli();
        long next = (now / 30_000 + 1) * 30_000;
        try {
            Thread.sleep(next - now + 50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
