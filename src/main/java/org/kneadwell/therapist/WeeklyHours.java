package org.kneadwell.therapist;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/** Hours a therapist works every week on one day at one location, in the clinic's local time. */
public record WeeklyHours(UUID id, DayOfWeek day, LocalTime start, LocalTime end, UUID locationId) {

    public WeeklyHours {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(locationId, "locationId");
        LocalTimes.requireOrdered(start, end);
    }

    boolean overlaps(WeeklyHours other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
