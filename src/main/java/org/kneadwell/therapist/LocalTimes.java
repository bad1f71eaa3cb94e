package org.kneadwell.therapist;

import java.time.LocalTime;
import java.util.Objects;

final class LocalTimes {

    private LocalTimes() {
    }

    static void requireOrdered(LocalTime start, LocalTime end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("The end is after the start, within one day");
        }
    }
}
