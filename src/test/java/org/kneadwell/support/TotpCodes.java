package org.kneadwell.support;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kneadwell.identity.Totp;

/**
 * Codes for the demo secret that the server has not seen yet. A code works once per account and 30-second step
 * (replays are refused), and tests share application contexts, so all of them take their codes here: if the
 * current step was already used for the account, the {@link TestClock} moves on to the next step (no test waits
 * for the wall clock).
 */
public final class TotpCodes {

    private static final long PERIOD_SECONDS = 30;
    private static final Map<String, Long> lastStep = new ConcurrentHashMap<>();

    private TotpCodes() {
    }

    /** A fresh code for the account (an e-mail), never one this JVM has already sent for it. */
    public static synchronized String fresh(String account, Totp totp) {
        TestClock clock = TestClock.shared();
        while (true) {
            long step = stepAt(clock.instant());
            Long last = lastStep.get(account);
            if (last != null && last >= step) {
                clock.advanceTo(Instant.ofEpochSecond((last + 1) * PERIOD_SECONDS));
                continue;
            }
            String code = totp.currentCode(Demo.TOTP_SECRET);
            if (stepAt(clock.instant()) != step) {
                continue; // the step changed while the code was computed
            }
            lastStep.put(account, step);
            return code;
        }
    }

    private static long stepAt(Instant moment) {
        return Math.floorDiv(moment.getEpochSecond(), PERIOD_SECONDS);
    }
}
