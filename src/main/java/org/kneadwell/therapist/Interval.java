package org.kneadwell.therapist;

import java.time.Instant;
import java.util.Objects;

/** A stretch of time already taken (an appointment), start inclusive, end exclusive. */
public record Interval(Instant start, Instant end) {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("An interval ends after it starts");
        }
    }

    boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
