package org.kneadwell.support;

import java.time.Instant;

import org.kneadwell.identity.Totp;

/**
 * Codes for the demo secret. A code works once per account and 30-second step (replays are refused), so a
 * test that signs the same account in twice within one step waits for the next step.
 */
public final class TotpCodes {

    private TotpCodes() {
    }

    public static String current(Totp totp) {
        return totp.currentCode(Demo.TOTP_SECRET);
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
