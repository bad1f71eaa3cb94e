package org.kneadwell.clearance;

import java.time.Instant;
import java.util.Objects;

import org.kneadwell.screening.policy.ScreenFacts;
import org.kneadwell.screening.policy.ScreeningResult;

/** One stored screen as effective safety reads it: when it was made, what it found, and its result. */
public record TimelineScreen(long id, Instant at, ScreenFacts facts, ScreeningResult result) {

    public TimelineScreen {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(result, "result");
    }
}
