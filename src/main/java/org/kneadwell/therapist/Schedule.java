package org.kneadwell.therapist;

import java.util.List;

/** Everything that decides when a therapist can see someone: weekly hours, breaks, time off, and the buffer. */
public record Schedule(List<WeeklyHours> hours, List<WeeklyBreak> breaks, List<TimeOff> timeOff, int bufferMinutes) {

    public Schedule {
        hours = List.copyOf(hours);
        breaks = List.copyOf(breaks);
        timeOff = List.copyOf(timeOff);
        if (bufferMinutes < 0 || bufferMinutes > 120) {
            throw new IllegalArgumentException("The buffer is 0 to 120 minutes");
        }
    }
}
