package org.kneadwell.audit;

import java.time.Duration;

/**
 * What the verifier found: whether the sealed chain is intact, and if not the first sequence number where
 * it breaks and why; also how far the sealer is behind.
 *
 * @param problem        {@code null} when the chain is intact
 * @param brokenAtSeq    the first sequence number that does not check out, or {@code null} when intact
 * @param sealed         how many sealed events check out (the chain's length when intact)
 * @param unsealed       events recorded but not chained yet
 * @param oldestUnsealed how long the oldest unsealed event has waited, or {@code null} when none waits
 * @param walked         how many events this check read (all of them for a full check; for the scheduled
 *                       check only those sealed since its last checkpoint)
 */
public record Verification(Problem problem, Long brokenAtSeq, long sealed, long unsealed, Duration oldestUnsealed,
        long walked) {

    enum Problem {
        /** The event does not match its link: changed, put in place of another, or the chain re-hashed. */
        HASH_MISMATCH("the event does not match its link (changed, inserted in place of another, or re-hashed)"),
        /** The event checks out in the chain but the application never recorded it: inserted past it. */
        FORGED_EVENT("the event was not recorded by the application (inserted past it)"),
        /** The sequence jumps: the event with this number is gone. */
        MISSING_EVENT("the event with this sequence number is missing (removed)"),
        /** The chain head says the chain is longer than the events found: the last events are gone. */
        MISSING_TAIL("the chain head records more events than exist (the last ones were removed)"),
        /** An event the chain does not account for (beyond the head, or out of order): added outside the sealer. */
        EXTRA_EVENT("an event exists that the chain does not account for (inserted)"),
        /** The last event's link differs from the one the chain head recorded. */
        HEAD_MISMATCH("the last event does not match the chain head"),
        /** Where the keyed chain starts was changed or removed. */
        ANCHOR_MISMATCH("the start of the keyed chain was moved or removed");

        private final String reason;

        Problem(String reason) {
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    static Verification intact(long sealed, long unsealed, Duration oldestUnsealed, long walked) {
        return new Verification(null, null, sealed, unsealed, oldestUnsealed, walked);
    }

    public boolean intact() {
        return problem == null;
    }

    /** A plain sentence for logs, alerts and tests; the page uses message keys instead. */
    public String reason() {
        return intact() ? "chain intact" : "broken at seq " + brokenAtSeq + ": " + problem.reason();
    }
}
