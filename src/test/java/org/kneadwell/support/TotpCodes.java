package org.kneadwell.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kneadwell.identity.Totp;

/**
 * Codes for the demo secret that the server has not seen yet. A code works once per account and 30-second step
 * (replays are refused), and every test in this JVM shares one application context, so all of them take their
 * codes here: if the current step was already used for the account, this waits for the next one.
 */
public final class TotpCodes {

    private static final long PERIOD_MS = 30_000;
    private static final Map<String, Long> lastStep = new ConcurrentHashMap<>();

    private TotpCodes() {
    }

    /** A fresh code for the account (an e-mail), never one this JVM has already sent for it. */
    public static synchronized String fresh(String account, Totp totp) {
        while (true) {
            long step = System.currentTimeMillis() / PERIOD_MS;
            Long last = lastStep.get(account);
            if (last != null && last >= step) {
                sleepUntil((step + 1) * PERIOD_MS + 250);
                continue;
            }
            String code = totp.currentCode(Demo.TOTP_SECRET);
            if (System.currentTimeMillis() / PERIOD_MS != step) {
                continue; // the step changed while the code was computed
            }
            lastStep.put(account, step);
            return code;
        }
    }

    private static void sleepUntil(long epochMillis) {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait <= 0) {
            return;
        }
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the next TOTP step", e);
        }
    }
}
