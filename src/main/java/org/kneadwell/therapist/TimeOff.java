package org.kneadwell.therapist;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Whole days off, both ends included (holiday, training). */
public record TimeOff(UUID id, LocalDate startsOn, LocalDate endsOn, String reason) {

    public TimeOff {
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("Time off ends on or after the day it starts");
        }
        reason = reason == null ? "" : reason;
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    boolean overlaps(TimeOff other) {
        return !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
    }
}
