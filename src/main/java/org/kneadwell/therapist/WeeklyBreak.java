package org.kneadwell.therapist;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/** A break every week on one day (lunch), in the clinic's local time, whatever the location. */
public record WeeklyBreak(UUID id, DayOfWeek day, LocalTime start, LocalTime end) {

    public WeeklyBreak {
        Objects.requireNonNull(day, "day");
        LocalTimes.requireOrdered(start, end);
    }

    boolean overlaps(WeeklyBreak other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
