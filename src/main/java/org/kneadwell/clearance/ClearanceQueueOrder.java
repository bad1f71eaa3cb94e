package org.kneadwell.clearance;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

import org.kneadwell.screening.policy.TriageTier;

/** The clinician's queue order (issue 4): the most urgent triage tier first, then the oldest request first. */
public final class ClearanceQueueOrder {

    private ClearanceQueueOrder() {
    }

    /** Orders anything that has a triage tier and a request time: {@code EMERGENCY} first, {@code NONE} last. */
    public static <T> Comparator<T> byUrgency(Function<T, TriageTier> tier, Function<T, Instant> requestedAt) {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Comparator<T> byTier = Comparator.comparing(tier, Comparator.naturalOrder());
        return byTier.thenComparing(requestedAt, Comparator.naturalOrder());
    }
}
